import type { Lang } from '../internal/lang.js';

export const badgeStrings = {
  sv: {
    memberOf: (network: string) => `Medlem i ${network}`,
    verifiedFor: (member: string) => `${member}, verifierat medlemskap`,
    verifying: 'Kontrollerar medlemskap…',
  },
  en: {
    memberOf: (network: string) => `Member of ${network}`,
    verifiedFor: (member: string) => `${member}, verified membership`,
    verifying: 'Checking membership…',
  },
} satisfies Record<Lang, unknown>;
