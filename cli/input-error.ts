/** An input the CLI cannot analyse, with a message for the person who gave it (printed without a stack). */
import { FootnoteError } from '../lib/errors';

export class InputError extends FootnoteError {
  override name = 'InputError';
}
