/** An input the CLI cannot analyse, with a message for the person who gave it (printed without a stack). */
export class InputError extends Error {
  override name = 'InputError';
}
