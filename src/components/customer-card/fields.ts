import type { Customer, CustomerPatch } from '../../api/types.js';
import { formatCalendarDate, formatNumber } from '../../core/format.js';
import type { CardMessages } from './strings.js';

// The card's configurable fields: what an integrator writes, how a field's value is read from a
// customer, shown, checked and turned into a PATCH. The element only renders and reacts.

export type CustomerFieldType = 'text' | 'email' | 'phone' | 'url' | 'date' | 'select' | 'number';

/** One choice of a `select` field: a value, or a value with the label to show for it. */
export type CustomerFieldOption = string | { value: string; label: string };

/**
 * A field of the customer card, as the integrator configures it.
 *
 * `key` is a top-level field (`name`, `email`, `phone`, `company`) or `attributes.<key>`. `label`
 * is one string, or one per language (`{ en: 'Plan', th: 'แพ็กเกจ' }`); the default fields have
 * translated labels of their own.
 */
export interface CustomerFieldConfig {
  key: string;
  label?: string | Record<string, string>;
  type?: CustomerFieldType;
  options?: CustomerFieldOption[];
  /** Default true for the four top-level fields and for attributes. */
  editable?: boolean;
  /** Default true. */
  copyable?: boolean;
  required?: boolean;
}

/** A field with every default filled in. */
export interface CustomerField {
  key: string;
  label?: string | Record<string, string>;
  type: CustomerFieldType;
  options: { value: string; label: string }[];
  editable: boolean;
  copyable: boolean;
  required: boolean;
}

export type CustomerFieldValue = string | number | boolean | null;

const TOP_LEVEL_EDITABLE = ['name', 'email', 'phone', 'company'] as const;
type TopLevelKey = (typeof TOP_LEVEL_EDITABLE)[number];
const TYPES: CustomerFieldType[] = ['text', 'email', 'phone', 'url', 'date', 'select', 'number'];
const ATTRIBUTE_PREFIX = 'attributes.';

/** Name, email, phone and company: what every helpdesk knows about a customer. */
export const DEFAULT_FIELDS: readonly CustomerFieldConfig[] = [
  { key: 'name', type: 'text', required: true },
  { key: 'email', type: 'email' },
  { key: 'phone', type: 'phone' },
  { key: 'company', type: 'text' },
];

const isTopLevelEditable = (key: string): key is TopLevelKey =>
  (TOP_LEVEL_EDITABLE as readonly string[]).includes(key);
const isAttribute = (key: string) => key.startsWith(ATTRIBUTE_PREFIX) && key.length > ATTRIBUTE_PREFIX.length;

/**
 * Fills in defaults and drops what cannot work, saying why on the console: a configuration mistake
 * should cost one field, never the card.
 */
export function normalizeFields(configs: readonly CustomerFieldConfig[]): CustomerField[] {
  const fields: CustomerField[] = [];
  for (const config of configs) {
    if (!config || typeof config.key !== 'string' || !config.key) {
      console.error('cxkit <cx-customer-card>: a field needs a "key"; ignored:', config);
      continue;
    }
    const type = config.type ?? 'text';
    if (!TYPES.includes(type)) {
      console.error(
        `cxkit <cx-customer-card>: field "${config.key}" has unknown type "${String(type)}"; shown as text.`,
      );
    }
    const writable = isTopLevelEditable(config.key) || isAttribute(config.key);
    fields.push({
      key: config.key,
      label: config.label,
      type: TYPES.includes(type) ? type : 'text',
      options: (config.options ?? []).map((option) =>
        typeof option === 'string' ? { value: option, label: option } : option,
      ),
      editable: writable && config.editable !== false,
      copyable: config.copyable !== false,
      required: config.required === true,
    });
  }
  return fields;
}

/** The `fields` attribute: a JSON array of field configurations. */
export const fieldsConverter = {
  fromAttribute(value: string | null): CustomerFieldConfig[] | undefined {
    if (!value) return undefined;
    try {
      const parsed: unknown = JSON.parse(value);
      if (Array.isArray(parsed)) return parsed as CustomerFieldConfig[];
      console.error(
        'cxkit <cx-customer-card>: the "fields" attribute must be a JSON array; using the default fields.',
      );
    } catch (error) {
      console.error(
        'cxkit <cx-customer-card>: the "fields" attribute is not valid JSON; using the default fields.',
        error,
      );
    }
    return undefined;
  },
  toAttribute(value: CustomerFieldConfig[] | undefined): string | null {
    return value ? JSON.stringify(value) : null;
  },
};

/** The label in the agent's language: the integrator's, else ours for a default field, else the key. */
export function fieldLabel(field: CustomerField, lang: string, messages: CardMessages): string {
  const { label } = field;
  if (typeof label === 'string' && label) return label;
  if (label && typeof label === 'object') {
    const language = lang.toLowerCase().split('-')[0]!;
    const match =
      label[lang] ??
      label[language] ??
      Object.entries(label).find(([tag]) => tag.toLowerCase().startsWith(language))?.[1];
    if (match) return match;
    if (label.en) return label.en;
  }
  if (field.key in messages.field) return messages.field[field.key as keyof CardMessages['field']];
  return field.key.startsWith(ATTRIBUTE_PREFIX) ? field.key.slice(ATTRIBUTE_PREFIX.length) : field.key;
}

export function readField(customer: Customer, key: string): CustomerFieldValue {
  const value = isAttribute(key)
    ? customer.attributes[key.slice(ATTRIBUTE_PREFIX.length)]
    : (customer as unknown as Record<string, unknown>)[key];
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' ? value : null;
}

/** The value as text for an input (and for the clipboard). */
export function fieldText(value: CustomerFieldValue): string {
  return value === null ? '' : String(value);
}

/** The value as an agent reads it: dates and numbers in their locale, options by their label. */
export function displayField(field: CustomerField, value: CustomerFieldValue, locale: string): string {
  if (value === null || value === '') return '';
  if (field.type === 'number' && typeof value === 'number') return formatNumber(value, locale);
  if (field.type === 'date' && typeof value === 'string') return formatCalendarDate(value, locale) || value;
  if (field.type === 'select')
    return field.options.find((option) => option.value === String(value))?.label ?? String(value);
  return String(value);
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
// Digits with the separators people type; at least five digits, at most fifteen (E.164).
const PHONE = /^\+?[0-9 ().-]+$/;

/** What is wrong with `text` for this field, in the agent's language; undefined if it is fine. */
export function validateField(
  field: CustomerField,
  text: string,
  messages: CardMessages,
): string | undefined {
  const value = text.trim();
  const { invalid } = messages;
  if (!value) return field.required ? invalid.required : undefined;
  switch (field.type) {
    case 'email':
      return EMAIL.test(value) ? undefined : invalid.email;
    case 'phone': {
      const digits = value.replace(/\D/g, '').length;
      return PHONE.test(value) && digits >= 5 && digits <= 15 ? undefined : invalid.phone;
    }
    case 'url':
      try {
        return ['http:', 'https:'].includes(new URL(value).protocol) ? undefined : invalid.url;
      } catch {
        return invalid.url;
      }
    case 'number':
      return Number.isFinite(Number(value)) ? undefined : invalid.number;
    case 'date':
      return /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(value)) ? undefined : invalid.date;
    case 'select':
      return field.options.some((option) => option.value === value) ? undefined : invalid.option;
    default:
      return undefined;
  }
}

/** The value to send: trimmed, a number for number fields, null when emptied. */
export function parseField(field: CustomerField, text: string): CustomerFieldValue {
  const value = text.trim();
  if (!value) return null;
  return field.type === 'number' ? Number(value) : value;
}

/** The PATCH body that sets one field. */
export function fieldPatch(key: string, value: CustomerFieldValue): CustomerPatch {
  if (isAttribute(key)) return { attributes: { [key.slice(ATTRIBUTE_PREFIX.length)]: value } };
  return { [key]: value } as CustomerPatch;
}

/** Whether a server's field error (`email`, `attributes.website`) is about this field. */
export function isFieldError(key: string, field: string): boolean {
  return field === key || field === `/${key.replaceAll('.', '/')}`;
}
