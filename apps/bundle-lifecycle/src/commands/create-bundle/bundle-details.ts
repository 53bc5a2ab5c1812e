import type { BundleDetails } from '../../domain/bundle.command';
import { ValidationError } from '@compliance/event-sourcing';

const MAX_TEXT = 200;
const MAX_EMAIL = 254;
const MAX_URL = 2048;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/**
 * The bundle's metadata checked again in the service (the gateway validates first; the service never trusts a
 * caller). `required` for a create; a PATCH may leave any out.
 */
export function detailsOf(
  request: Partial<Record<keyof BundleDetails, unknown>>,
  required: boolean,
): Partial<BundleDetails> {
  const errors: { field: string; code: string; message: string }[] = [];
  const out: Partial<BundleDetails> = {};
  const text = (name: 'friendlyName' | 'customReference', nullable: boolean) => {
    const value = request[name];
    if (value === undefined) {
      if (required && !nullable) errors.push({ field: name, code: 'REQUIRED', message: `Give ${name}.` });
      return;
    }
    if (value === null && nullable) {
      out[name] = null as never;
      return;
    }
    if (typeof value !== 'string' || value.trim() === '' || value.length > MAX_TEXT) {
      errors.push({
        field: name,
        code: 'INVALID',
        message: `${name} is a text of 1 to ${MAX_TEXT} characters.`,
      });
      return;
    }
    out[name] = value;
  };
  text('friendlyName', false);
  text('customReference', true);
  const email = request.email;
  if (email === undefined) {
    if (required) errors.push({ field: 'email', code: 'REQUIRED', message: 'Give an e-mail address.' });
  } else if (typeof email !== 'string' || email.length > MAX_EMAIL || !EMAIL.test(email)) {
    errors.push({ field: 'email', code: 'INVALID_EMAIL', message: 'email must be an e-mail address.' });
  } else out.email = email;
  const callback = request.statusCallback;
  if (callback === null) out.statusCallback = null;
  else if (callback !== undefined) {
    if (typeof callback !== 'string' || callback.length > MAX_URL || !isHttpUrl(callback)) {
      errors.push({
        field: 'statusCallback',
        code: 'INVALID_URL',
        message: 'statusCallback must be an http(s) URL.',
      });
    } else out.statusCallback = callback;
  }
  if (errors.length > 0) throw new ValidationError(errors);
  return out;
}

function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:';
  } catch {
    return false;
  }
}
