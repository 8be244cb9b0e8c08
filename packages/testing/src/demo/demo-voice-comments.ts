import type { TRandom } from '@customeric/domain';

/** What a comment is about; each has a theme of the same name in the demo. */
export type TDemoTopic = 'billing' | 'delivery' | 'support' | 'price' | 'product';
export type TDemoTone = 'bad' | 'mixed' | 'good';

type TPhrases = Record<TDemoTopic, Record<TDemoTone, { en: string[]; de: string[] }>>;

const PHRASES: TPhrases = {
  billing: {
    bad: {
      en: [
        'The invoice did not match the order again.',
        'Another invoice that had to be corrected. We check every one now.',
        'Billing charged the wrong amount and the credit note took weeks.',
        'Invoices are wrong more often than right lately.',
        'We spend hours sorting out your invoices instead of selling.',
      ],
      de: [
        'Die Rechnung stimmte wieder nicht mit der Bestellung überein.',
        'Schon wieder eine falsche Rechnung, die Gutschrift dauerte Wochen.',
      ],
    },
    mixed: {
      en: ['Good widgets, but the invoices need checking every time.'],
      de: ['Gute Ware, aber die Rechnung muss man jedes Mal prüfen.'],
    },
    good: {
      en: ['Invoices are clear and always right.', 'Billing is simple and correct.'],
      de: ['Die Rechnungen sind klar und stimmen immer.'],
    },
  },
  delivery: {
    bad: {
      en: [
        'The delivery was late again and nobody told us.',
        'The shipment arrived a week after the promised date.',
        'Wrong quantity delivered, and the rest came late.',
      ],
      de: ['Die Lieferung kam wieder verspätet, ohne Nachricht.'],
    },
    mixed: {
      en: ['Delivery is usually fine, but tracking is hard to follow.'],
      de: ['Die Lieferung geht meistens, der Versand könnte schneller sein.'],
    },
    good: {
      en: ['Delivered on time and well packed.', 'Fast delivery, exactly as promised.'],
      de: ['Pünktliche Lieferung, alles bestens.'],
    },
  },
  support: {
    bad: {
      en: [
        'Support took days to call back.',
        'We were passed from one agent to the next.',
        'Opened a ticket two weeks ago and still no real answer.',
      ],
      de: ['Der Kundendienst hat nie zurückgerufen.'],
    },
    mixed: {
      en: ['Support is friendly but slow to call back.'],
      de: ['Der Support ist freundlich, aber langsam.'],
    },
    good: {
      en: ['Support solved our problem in one call.', 'Friendly and quick help desk.'],
      de: ['Sehr freundlicher und schneller Kundendienst.'],
    },
  },
  price: {
    bad: {
      en: ['Too expensive compared with other suppliers.', 'Prices went up again without notice.'],
      de: ['Zu teuer im Vergleich zu anderen Anbietern.'],
    },
    mixed: {
      en: ['Good product, but the price is high.'],
      de: ['Gutes Produkt, aber der Preis ist hoch.'],
    },
    good: {
      en: ['Fair prices for good quality.', 'Good value for money.'],
      de: ['Faire Preise für gute Qualität.'],
    },
  },
  product: {
    bad: {
      en: ['Two widgets broke within a month.', 'Quality has slipped this year.'],
      de: ['Die Qualität der Widgets hat nachgelassen.'],
    },
    mixed: {
      en: ['The widgets do the job, nothing special.'],
      de: ['Die Produkte sind in Ordnung, mehr nicht.'],
    },
    good: {
      en: ['The widgets are excellent and durable.', 'Great product, it just works.'],
      de: ['Tolle Produkte, sehr robust.'],
    },
  },
};

/** Demo themes and their rules: keywords and phrases in English and German. */
export const DEMO_THEMES: {
  name: string;
  topic: TDemoTopic;
  description: string;
  en: string[];
  de: string[];
}[] = [
  {
    name: 'Billing',
    topic: 'billing',
    description: 'Invoices, credit notes, wrong amounts',
    en: ['invoic*', 'billing', 'billed', 'charged', 'credit note*', 'wrong amount'],
    de: ['rechnung*', 'abrechnung*', 'gutschrift*', 'falscher betrag'],
  },
  {
    name: 'Delivery',
    topic: 'delivery',
    description: 'Late, wrong or well-packed deliveries',
    en: ['deliver*', 'late', 'shipment*', 'shipping', 'tracking', 'on time', 'wrong quantity'],
    de: ['lieferung*', 'geliefert', 'verspätet', 'versand*', 'pünktlich*'],
  },
  {
    name: 'Support',
    topic: 'support',
    description: 'Calls, tickets and the help desk',
    en: ['support', 'help desk', 'call back', 'ticket*', 'agent*', 'in one call'],
    de: ['kundendienst', 'support', 'zurückgerufen', 'rückruf*'],
  },
  {
    name: 'Price',
    topic: 'price',
    description: 'Prices and value for money',
    en: ['price*', 'expensive', 'value for money', 'cheap*'],
    de: ['preis*', 'teuer', 'günstig*'],
  },
  {
    name: 'Product',
    topic: 'product',
    description: 'The widgets themselves: quality and features',
    en: ['widget*', 'product*', 'quality', 'broke*', 'durable'],
    de: ['widget*', 'produkt*', 'qualität'],
  },
];

/** One comment on a topic in a tone, in the customer's language. */
export function writeDemoComment(
  random: TRandom,
  topic: TDemoTopic,
  tone: TDemoTone,
  language: 'en' | 'de',
): string {
  return random.pick(PHRASES[topic][tone][language]);
}

/** The tone a score speaks in, for a scale from min to max. */
export function toneOf(score: number, min: number, max: number): TDemoTone {
  const share = (score - min) / (max - min);
  if (share < 0.5) return 'bad';
  if (share < 0.8) return 'mixed';
  return 'good';
}
