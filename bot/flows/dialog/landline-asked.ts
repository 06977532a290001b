/**
 * A landline offered or asked at a mobile question, without a number (folded): "sabit hat yazsam olur
 * mu", "ofis telefonumuzu versek", "cep telefonumuz yok", "can I give our office landline?". A typed
 * number is judged by the phone check itself.
 */
export function landlineAsked(folded: string): boolean {
  if (/\d{3}/.test(folded)) return false;
  return /\b(sabit (hat|telefon|numara)\w*|ofis (telefon|numara|hatti)\w*|is ?yeri (telefon|numara)\w*|santral\w*|dahili\w*|cep (telefonu(muz|m)?|numara(miz|m)?) yok\w*|landline\w*|land line\w*|office (phone|number|line)\w*|fixed line|desk phone|switchboard|(no|don t have an?|do not have an?) (mobile|cell)( phone)?)\b/.test(
    folded,
  );
}
