/**
 * Two certificate holders for the verified-flow tests: a status, contact update or revocation for one
 * must never show or change the other.
 */

/** The first firm (the seed's example VKN). */
export const firmA = {
  vkn: "3230512384",
  title: "ÖRNEK BİLİŞİM ANONİM ŞİRKETİ",
  email: "bilgi@ornek.com.tr",
  phone: "+905321234567",
};

/** The second firm (domain.md's other valid VKN). */
export const firmB = {
  vkn: "4540536920",
  title: "ULUS GIDA ANONİM ŞİRKETİ",
  email: "info@ulusgida.com.tr",
  phone: "+905441112233",
};
