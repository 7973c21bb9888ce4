import { html, type TemplateResult } from 'lit';
import type { Lang } from '../internal/lang.js';
import { MESSAGE_MAX_LENGTH, MESSAGE_MIN_LENGTH, type SubmissionErrorCode } from '../schemas/ask.js';

/** The fields a visitor fills in, in the order they are shown (and listed in the error summary). */
export const FIELDS = ['topic', 'message', 'name', 'email', 'phone', 'company', 'orgNumber', 'consent'] as const;
export type FieldName = (typeof FIELDS)[number];

function number(lang: Lang, n: number): string {
  return new Intl.NumberFormat(lang === 'sv' ? 'sv-SE' : 'en-GB').format(n);
}

/** "Finansiering och lån" → "finansiering och lån", but "EU-stöd" stays. */
export function lowerFirst(text: string): string {
  if (text.length > 1 && text[1] === text[1].toLocaleUpperCase() && text[1] !== text[1].toLocaleLowerCase()) return text;
  return text.charAt(0).toLocaleLowerCase() + text.slice(1);
}

/**
 * A topic's label inside the form's own sentence, lower-cased as in running text; in a span with the
 * configuration's language when that differs from the form's (`lang`, from feedTextLang; WCAG 3.1.2).
 */
function topic(label: string, lang: string | undefined): string | TemplateResult {
  return lang ? html`<span lang=${lang}>${lowerFirst(label)}</span>` : lowerFirst(label);
}

type ErrorMessages = Record<FieldName, Partial<Record<SubmissionErrorCode, string>> & { required: string }>;

const svErrors: ErrorMessages = {
  topic: { required: 'Välj ett ämne.', unknownTopic: 'Välj ett av ämnena i listan.' },
  message: {
    required: 'Skriv din fråga.',
    tooShort: `Frågan behöver vara minst ${MESSAGE_MIN_LENGTH} tecken.`,
    tooLong: `Frågan får vara högst ${number('sv', MESSAGE_MAX_LENGTH)} tecken. Korta den lite.`,
  },
  name: { required: 'Skriv ditt namn.', tooLong: 'Namnet får vara högst 200 tecken.' },
  email: {
    required: 'Skriv din e-postadress, så att vi kan svara.',
    invalidEmail: 'Skriv e-postadressen som namn@exempel.se.',
    tooLong: 'E-postadressen är för lång.',
  },
  phone: {
    required: 'Skriv ett telefonnummer eller lämna fältet tomt.',
    invalidPhone: 'Skriv telefonnumret med siffror, till exempel 0220-123 45.',
    tooLong: 'Telefonnumret är för långt.',
  },
  company: { required: 'Skriv företagets namn eller lämna fältet tomt.', tooLong: 'Företagsnamnet får vara högst 200 tecken.' },
  orgNumber: {
    required: 'Skriv organisationsnumret eller lämna fältet tomt.',
    invalidOrgNumber: 'Kontrollera organisationsnumret: tio siffror, till exempel 556677-8899.',
    tooLong: 'Kontrollera organisationsnumret: tio siffror, till exempel 556677-8899.',
  },
  consent: {
    required: 'Du behöver godkänna att vi hanterar dina uppgifter för att kunna svara.',
    consentRequired: 'Du behöver godkänna att vi hanterar dina uppgifter för att kunna svara.',
  },
};

const enErrors: ErrorMessages = {
  topic: { required: 'Choose a topic.', unknownTopic: 'Choose one of the topics in the list.' },
  message: {
    required: 'Write your question.',
    tooShort: `The question needs at least ${MESSAGE_MIN_LENGTH} characters.`,
    tooLong: `The question may have at most ${number('en', MESSAGE_MAX_LENGTH)} characters. Please shorten it.`,
  },
  name: { required: 'Enter your name.', tooLong: 'The name may have at most 200 characters.' },
  email: {
    required: 'Enter your email address, so that we can answer.',
    invalidEmail: 'Enter the email address like name@example.com.',
    tooLong: 'The email address is too long.',
  },
  phone: {
    required: 'Enter a phone number or leave the field empty.',
    invalidPhone: 'Enter the phone number in digits, for example 0220-123 45.',
    tooLong: 'The phone number is too long.',
  },
  company: { required: 'Enter the company name or leave the field empty.', tooLong: 'The company name may have at most 200 characters.' },
  orgNumber: {
    required: 'Enter the organisation number or leave the field empty.',
    invalidOrgNumber: 'Check the organisation number: ten digits, for example 556677-8899.',
    tooLong: 'Check the organisation number: ten digits, for example 556677-8899.',
  },
  consent: {
    required: 'You need to agree to us handling your details, so that we can answer.',
    consentRequired: 'You need to agree to us handling your details, so that we can answer.',
  },
};

export const askStrings = {
  sv: {
    loading: 'Laddar frågeformuläret…',
    required: '(obligatoriskt)',
    optional: '(frivilligt)',
    topic: 'Vad gäller frågan?',
    topicGoesTo: (partner: string) => `Går till ${partner}`,
    routeHeading: 'Så här går din fråga',
    routeTo: (partner: string) => `Din fråga går till ${partner}.`,
    routeVia: 'En Väg In tar emot frågan och ser till att den kommer rätt.',
    moreAbout: (partner: string) => `Mer om ${partner}`,
    message: 'Din fråga',
    messageHint: `Beskriv så utförligt du vill, minst ${MESSAGE_MIN_LENGTH} tecken.`,
    count: (n: number) => `${number('sv', n)} av ${number('sv', MESSAGE_MAX_LENGTH)} tecken`,
    remaining: (n: number) => (n >= 0 ? `${number('sv', n)} tecken kvar` : `${number('sv', -n)} tecken för mycket`),
    suggestion: (label: string, partner: string, lang?: string) => html`Det låter som en fråga om ${topic(label, lang)} — ${partner}. Byt ämne?`,
    suggestionNoTopic: (label: string, partner: string, lang?: string) =>
      html`Det låter som en fråga om ${topic(label, lang)} — ${partner}. Välja det ämnet?`,
    switchTo: (label: string, lang?: string) => html`Byt till ${topic(label, lang)}`,
    chooseTopic: (label: string, lang?: string) => html`Välj ${topic(label, lang)}`,
    dismiss: 'Nej tack',
    switched: (label: string, lang?: string) => html`Ämnet är nu ${topic(label, lang)}.`,
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
    summaryHeading: (n: number) => (n === 1 ? 'Rätta ett fel innan du skickar' : `Rätta ${n} fel innan du skickar`),
    receiverError: 'Mottagaren kunde inte ta emot frågan.',
    failedKept: 'Allt du skrev finns kvar.',
    failure: {
      offline: 'Du verkar vara utan internetanslutning. Frågan skickas när anslutningen är tillbaka, eller tryck på Försök igen.',
      network: 'Det gick inte att nå mottagaren. Kontrollera anslutningen och försök igen.',
      timeout: 'Mottagaren svarade inte i tid. Frågan kan ha kommit fram; försök igen, så skickas den inte dubbelt.',
      busy: 'Många skickar frågor just nu. Vänta en stund och försök igen.',
      server: 'Det blev ett fel hos mottagaren. Försök igen om en stund.',
      rejected: 'Mottagaren tog inte emot frågan. Kontrollera uppgifterna och försök igen.',
    },
    tooFast: 'Ett ögonblick – tryck på Skicka frågan igen om några sekunder.',
    blocked: 'Frågan kunde inte skickas härifrån. Mejla eller ring En Väg In i stället.',
    retry: 'Försök igen',
    sentHeading: 'Tack! Din fråga är skickad.',
    reference: 'Ärendenummer',
    sentTo: (partner: string) => `Frågan går till ${partner}.`,
    sentNext: 'Spara ärendenumret om du vill fråga om ärendet senare.',
    askAnother: 'Ställ en ny fråga',
    errors: svErrors,
  },
  en: {
    loading: 'Loading the question form…',
    required: '(required)',
    optional: '(optional)',
    topic: 'What is the question about?',
    topicGoesTo: (partner: string) => `Goes to ${partner}`,
    routeHeading: 'Where your question goes',
    routeTo: (partner: string) => `Your question goes to ${partner}.`,
    routeVia: 'En Väg In receives the question and makes sure it reaches the right people.',
    moreAbout: (partner: string) => `More about ${partner}`,
    message: 'Your question',
    messageHint: `Describe it in as much detail as you like, at least ${MESSAGE_MIN_LENGTH} characters.`,
    count: (n: number) => `${number('en', n)} of ${number('en', MESSAGE_MAX_LENGTH)} characters`,
    remaining: (n: number) => (n >= 0 ? `${number('en', n)} characters left` : `${number('en', -n)} characters too many`),
    suggestion: (label: string, partner: string, lang?: string) =>
      html`This sounds like a question about ${topic(label, lang)} — ${partner}. Change topic?`,
    suggestionNoTopic: (label: string, partner: string, lang?: string) =>
      html`This sounds like a question about ${topic(label, lang)} — ${partner}. Choose that topic?`,
    switchTo: (label: string, lang?: string) => html`Change to ${topic(label, lang)}`,
    chooseTopic: (label: string, lang?: string) => html`Choose ${topic(label, lang)}`,
    dismiss: 'No thanks',
    switched: (label: string, lang?: string) => html`The topic is now ${topic(label, lang)}.`,
    contact: 'Your contact details',
    name: 'Name',
    email: 'Email',
    phone: 'Phone',
    company: 'Company',
    orgNumber: 'Organisation number',
    orgNumberHint: 'Swedish organisationsnummer, ten digits, for example 556677-8899.',
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
    summaryHeading: (n: number) => (n === 1 ? 'Fix one problem before sending' : `Fix ${n} problems before sending`),
    receiverError: 'The receiver could not accept the question.',
    failedKept: 'Everything you wrote is still here.',
    failure: {
      offline: 'You seem to be offline. The question is sent when the connection is back, or press Try again.',
      network: 'The receiver could not be reached. Check the connection and try again.',
      timeout: 'The receiver did not answer in time. The question may have arrived; try again and it will not be sent twice.',
      busy: 'Many people are sending questions right now. Wait a moment and try again.',
      server: 'Something went wrong at the receiver. Try again in a moment.',
      rejected: 'The receiver did not accept the question. Check the details and try again.',
    },
    tooFast: 'One moment – press Send the question again in a few seconds.',
    blocked: 'The question could not be sent from here. Please email or call En Väg In instead.',
    retry: 'Try again',
    sentHeading: 'Thank you! Your question has been sent.',
    reference: 'Reference',
    sentTo: (partner: string) => `The question goes to ${partner}.`,
    sentNext: 'Keep the reference if you want to ask about the matter later.',
    askAnother: 'Ask another question',
    errors: enErrors,
  },
} satisfies Record<Lang, unknown>;

export type AskStrings = (typeof askStrings)['sv'];

/** The visitor-facing message for a validation code at a field (codes the server echoes are translated too). */
export function errorMessage(t: AskStrings, field: FieldName, code: string): string {
  const messages = t.errors[field] as Record<string, string>;
  return messages[code] ?? messages.required;
}
