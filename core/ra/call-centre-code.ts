/**
 * The template context of a one-time code an agent asks a caller to read out (`/mm kimlik`,
 * `/mm guncelle`): the notification renders `<template>_call_centre` (i18next's context), which says
 * the code is for the call the customer made to the call centre and is read to that agent only.
 * A customer's own codes say staff never ask for them; saying so here would make a careful caller
 * refuse the agent, or teach customers to read codes to anyone claiming to be staff.
 */
export const callCentreCode = { context: "call_centre" } as const;
