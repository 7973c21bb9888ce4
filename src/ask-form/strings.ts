import { html, type TemplateResult } from 'lit';
import type { Lang } from '../internal/lang.js';
import { MESSAGE_MAX_LENGTH, MESSAGE_MIN_LENGTH, type SubmissionErrorCode } from '../schemas/ask.js';

/** The fields a visitor fills in, in the order they are shown (and listed in the error summary). */
export const FIELDS = ['topic', 'message', 'name', 'email', 'phone', 'company', 'orgNumber', 'consent'] as const;
export type FieldName = (typeof FIELDS)[number];

function number(lang: Lang, n: number): string {
  return new Intl.NumberFormat(lang === 'sv' ? 'sv-SE' : 'en-GB').format(n);
}

/**
 * A topic's label inside the form's own sentence, quoted as the visitor sees it in the list (lower-cased,
 * "Det låter som en fråga om starta företag" read badly), the quotes in the form's language around a span
 * with the configuration's language when that differs from the form's (`lang`, from feedTextLang; WCAG 3.1.2).
 */
function topic(label: string, lang: string | undefined, quotes: string): TemplateResult {
  return html`${quotes[0]}${lang ? html`<span lang=${lang}>${label}</span>` : label}${quotes[1]}`;
}
const sv = (label: string, lang?: string) => topic(label, lang, '””');
const en = (label: string, lang?: string) => topic(label, lang, '“”');

/** A name from the configuration (a partner's), or that name marked with its language (ask-form.ts, configText). */
export type ConfigText = string | TemplateResult;

/** `personalNumber`: the form's own, for a personnummer in `orgNumber` (ask-form.ts, PERSONAL_NUMBER) */
type ErrorMessages = Record<FieldName, Partial<Record<SubmissionErrorCode | 'personalNumber', string>> & { required: string; invalid: string }>;

const SV_ORG_NUMBER = 'Kontrollera organisationsnumret: tio siffror, till exempel 556677-8899.';
const SV_CONSENT = 'Du behöver godkänna att vi hanterar dina uppgifter för att kunna svara.';
const SV_TOPIC = 'Välj ett av ämnena i listan.';
const EN_ORG_NUMBER = 'Check the organisation number: ten digits, for example 556677-8899.';
const EN_CONSENT = 'You need to agree to us handling your details, so that we can answer.';
const EN_TOPIC = 'Choose one of the topics in the list.';

const svErrors: ErrorMessages = {
  topic: { required: 'Välj ett ämne.', unknownTopic: SV_TOPIC, invalid: SV_TOPIC },
  message: {
    required: 'Skriv din fråga.',
    invalid: 'Kontrollera frågan.',
    tooShort: `Frågan behöver vara minst ${MESSAGE_MIN_LENGTH} tecken.`,
    tooLong: `Frågan får vara högst ${number('sv', MESSAGE_MAX_LENGTH)} tecken. Korta den lite.`,
  },
  name: { required: 'Skriv ditt namn.', invalid: 'Kontrollera namnet.', tooLong: 'Namnet får vara högst 200 tecken.' },
  email: {
    required: 'Skriv din e-postadress, så att vi kan svara.',
    invalid: 'Kontrollera e-postadressen.',
    invalidEmail: 'Skriv e-postadressen som namn@exempel.se.',
    tooLong: 'E-postadressen är för lång.',
  },
  phone: {
    required: 'Skriv ett telefonnummer eller lämna fältet tomt.',
    invalid: 'Kontrollera telefonnumret.',
    invalidPhone: 'Skriv telefonnumret med siffror, till exempel 0220-123 45.',
    tooLong: 'Telefonnumret är för långt.',
  },
  company: {
    required: 'Skriv företagets namn eller lämna fältet tomt.',
    invalid: 'Kontrollera företagets namn.',
    tooLong: 'Företagsnamnet får vara högst 200 tecken.',
  },
  orgNumber: {
    required: 'Skriv organisationsnumret eller lämna fältet tomt.',
    invalid: SV_ORG_NUMBER,
    invalidOrgNumber: SV_ORG_NUMBER,
    tooLong: SV_ORG_NUMBER,
    personalNumber: 'Det här ser ut som ett personnummer. Har du enskild firma kan du lämna fältet tomt: vi behöver inte ditt personnummer.',
  },
  consent: { required: SV_CONSENT, invalid: SV_CONSENT, consentRequired: SV_CONSENT },
};

const enErrors: ErrorMessages = {
  topic: { required: 'Choose a topic.', unknownTopic: EN_TOPIC, invalid: EN_TOPIC },
  message: {
    required: 'Write your question.',
    invalid: 'Check your question.',
    tooShort: `The question needs at least ${MESSAGE_MIN_LENGTH} characters.`,
    tooLong: `The question may have at most ${number('en', MESSAGE_MAX_LENGTH)} characters. Please shorten it.`,
  },
  name: { required: 'Enter your name.', invalid: 'Check your name.', tooLong: 'The name may have at most 200 characters.' },
  email: {
    required: 'Enter your email address, so that we can answer.',
    invalid: 'Check the email address.',
    invalidEmail: 'Enter the email address like name@example.com.',
    tooLong: 'The email address is too long.',
  },
  phone: {
    required: 'Enter a phone number or leave the field empty.',
    invalid: 'Check the phone number.',
    invalidPhone: 'Enter the phone number in digits, for example 0220-123 45.',
    tooLong: 'The phone number is too long.',
  },
  company: {
    required: 'Enter the company name or leave the field empty.',
    invalid: 'Check the company name.',
    tooLong: 'The company name may have at most 200 characters.',
  },
  orgNumber: {
    required: 'Enter the organisation number or leave the field empty.',
    invalid: EN_ORG_NUMBER,
    invalidOrgNumber: EN_ORG_NUMBER,
    tooLong: EN_ORG_NUMBER,
    personalNumber:
      'This looks like a personal identity number. If you are a sole trader, you can leave the field empty: we do not need your personal identity number.',
  },
  consent: { required: EN_CONSENT, invalid: EN_CONSENT, consentRequired: EN_CONSENT },
};

export const askStrings = {
  sv: {
    loading: 'Laddar frågeformuläret…',
    required: '(obligatoriskt)',
    optional: '(frivilligt)',
    topic: 'Vad gäller frågan?',
    topicGoesTo: (partner: ConfigText) => html`Går till ${partner}`,
    routeHeading: 'Så här går din fråga',
    routeTo: (partner: ConfigText) => html`Din fråga går till ${partner}.`,
    routeVia: 'En Väg In tar emot frågan och ser till att den kommer rätt.',
    moreAbout: (partner: ConfigText) => html`Mer om ${partner}`,
    message: 'Din fråga',
    messageHint: `Beskriv så utförligt du vill, minst ${MESSAGE_MIN_LENGTH} tecken.`,
    count: (n: number) => `${number('sv', n)} av ${number('sv', MESSAGE_MAX_LENGTH)} tecken`,
    remaining: (n: number) => (n >= 0 ? `${number('sv', n)} tecken kvar` : `${number('sv', -n)} tecken för mycket`),
    suggestion: (label: string, partner: ConfigText, lang?: string) =>
      html`Frågan verkar passa under ${sv(label, lang)} (${partner}). Vill du byta ämne?`,
    suggestionNoTopic: (label: string, partner: ConfigText, lang?: string) =>
      html`Frågan verkar passa under ${sv(label, lang)} (${partner}). Vill du välja det ämnet?`,
    switchTo: (label: string, lang?: string) => html`Byt till ${sv(label, lang)}`,
    chooseTopic: (label: string, lang?: string) => html`Välj ${sv(label, lang)}`,
    dismiss: 'Nej tack',
    switched: (label: string, lang?: string) => html`Ämnet är nu ${sv(label, lang)}.`,
    contact: 'Dina kontaktuppgifter',
    name: 'Namn',
    email: 'E-post',
    phone: 'Telefon',
    company: 'Företag',
    orgNumber: 'Organisationsnummer',
    orgNumberHint: 'Tio siffror, till exempel 556677-8899.',
    consent: 'Jag godkänner att En Väg In hanterar mina uppgifter för att besvara frågan och vid behov skickar den vidare.',
    privacy: 'Så hanterar vi personuppgifter',
    honeypot: 'Lämna det här fältet tomt',
    submit: 'Skicka frågan',
    submitting: 'Skickar…',
    submittingStatus: 'Skickar din fråga…',
    clear: 'Rensa',
    cleared: 'Formuläret är tömt.',
    undo: 'Ångra',
    restored: 'Vi har sparat det du skrev tidigare i den här fliken.',
    notSent: 'Frågan kom inte fram. Allt du skrev finns kvar, så du kan skicka den igen.',
    summaryHeading: (n: number) => (n === 1 ? 'Rätta ett fel innan du skickar' : `Rätta ${n} fel innan du skickar`),
    receiverError: 'Vi kunde inte ta emot frågan.',
    failedKept: 'Allt du skrev finns kvar.',
    online: 'Anslutningen är tillbaka. Tryck på Försök igen för att skicka frågan.',
    offlineEdited: 'Du verkar vara utan internetanslutning. Tryck på Försök igen när anslutningen är tillbaka.',
    failure: {
      offline: 'Du verkar vara utan internetanslutning. Frågan skickas när anslutningen är tillbaka, eller tryck på Försök igen.',
      network: 'Frågan kom inte fram. Kontrollera anslutningen och försök igen.',
      timeout: 'Vi fick inget svar i tid. Frågan kan ha kommit fram; försök igen, så skickas den inte dubbelt.',
      busy: 'Många skickar frågor just nu. Vänta en stund och försök igen.',
      server: 'Något gick fel hos oss. Försök igen om en stund.',
      rejected: 'Vi kunde inte ta emot frågan.',
    },
    tooFast: 'Ett ögonblick – tryck på Skicka frågan igen om några sekunder.',
    blocked: 'Frågan kunde inte skickas härifrån. Mejla eller ring En Väg In i stället.',
    retry: 'Försök igen',
    sentHeading: 'Tack! Din fråga är skickad.',
    reference: 'Ärendenummer',
    sentTo: (partner: ConfigText) => html`Frågan går till ${partner}.`,
    answerTo: (email: string) => html`Svaret kommer med e-post till <strong class="email">${email}</strong>.`,
    sentNext: 'Spara ärendenumret om du vill fråga om ärendet senare.',
    askAnother: 'Ställ en ny fråga',
    errors: svErrors,
  },
  en: {
    loading: 'Loading the question form…',
    required: '(required)',
    optional: '(optional)',
    topic: 'What is the question about?',
    topicGoesTo: (partner: ConfigText) => html`Goes to ${partner}`,
    routeHeading: 'Where your question goes',
    routeTo: (partner: ConfigText) => html`Your question goes to ${partner}.`,
    routeVia: 'En Väg In receives the question and makes sure it reaches the right people.',
    moreAbout: (partner: ConfigText) => html`More about ${partner}`,
    message: 'Your question',
    messageHint: `Describe it in as much detail as you like, at least ${MESSAGE_MIN_LENGTH} characters.`,
    count: (n: number) => `${number('en', n)} of ${number('en', MESSAGE_MAX_LENGTH)} characters`,
    remaining: (n: number) => {
      const count = Math.abs(n);
      return `${number('en', count)} ${count === 1 ? 'character' : 'characters'} ${n >= 0 ? 'left' : 'too many'}`;
    },
    suggestion: (label: string, partner: ConfigText, lang?: string) =>
      html`Your question seems to fit under ${en(label, lang)} (${partner}). Would you like to change the topic?`,
    suggestionNoTopic: (label: string, partner: ConfigText, lang?: string) =>
      html`Your question seems to fit under ${en(label, lang)} (${partner}). Would you like to choose that topic?`,
    switchTo: (label: string, lang?: string) => html`Change to ${en(label, lang)}`,
    chooseTopic: (label: string, lang?: string) => html`Choose ${en(label, lang)}`,
    dismiss: 'No thanks',
    switched: (label: string, lang?: string) => html`The topic is now ${en(label, lang)}.`,
    contact: 'Your contact details',
    name: 'Name',
    email: 'Email',
    phone: 'Phone',
    company: 'Company',
    orgNumber: 'Organisation number',
    orgNumberHint: 'The Swedish organisation number, ten digits, for example 556677-8899.',
    consent: 'I agree that En Väg In handles my details to answer the question and, if needed, passes it on.',
    privacy: 'How we handle personal data',
    honeypot: 'Leave this field empty',
    submit: 'Send the question',
    submitting: 'Sending…',
    submittingStatus: 'Sending your question…',
    clear: 'Clear',
    cleared: 'The form is empty.',
    undo: 'Undo',
    restored: 'What you wrote earlier in this tab has been kept.',
    notSent: 'The question did not get through. Everything you wrote is kept, so you can send it again.',
    summaryHeading: (n: number) => (n === 1 ? 'Fix one problem before sending' : `Fix ${n} problems before sending`),
    receiverError: 'We could not accept the question.',
    failedKept: 'Everything you wrote is still here.',
    online: 'The connection is back. Press Try again to send the question.',
    offlineEdited: 'You seem to be offline. Press Try again when the connection is back.',
    failure: {
      offline: 'You seem to be offline. The question is sent when the connection is back, or press Try again.',
      network: 'The question did not get through. Check the connection and try again.',
      timeout: 'We got no answer in time. The question may have arrived; try again and it will not be sent twice.',
      busy: 'Many people are sending questions right now. Wait a moment and try again.',
      server: 'Something went wrong on our side. Try again in a moment.',
      rejected: 'We could not accept the question.',
    },
    tooFast: 'One moment – press Send the question again in a few seconds.',
    blocked: 'The question could not be sent from here. Please email or call En Väg In instead.',
    retry: 'Try again',
    sentHeading: 'Thank you! Your question has been sent.',
    reference: 'Reference',
    sentTo: (partner: ConfigText) => html`The question goes to ${partner}.`,
    answerTo: (email: string) => html`The answer comes by e-mail to <strong class="email">${email}</strong>.`,
    sentNext: 'Keep the reference if you want to ask about the matter later.',
    askAnother: 'Ask another question',
    errors: enErrors,
  },
} satisfies Record<Lang, unknown>;

export type AskStrings = (typeof askStrings)['sv'];

/**
 * The visitor-facing message for a validation code at a field (codes the server echoes are translated
 * too); a code the field has no message for (`invalid`, `invalidUrl` from a receiver) asks the visitor to
 * check the field, never says it is empty.
 */
export function errorMessage(t: AskStrings, field: FieldName, code: string): string {
  const messages = t.errors[field] as Record<string, string>;
  return messages[code] ?? messages.invalid;
}
