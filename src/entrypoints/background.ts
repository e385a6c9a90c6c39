import { defineBackground } from '#imports';

export default defineBackground(() => {
  // Filled in by the extension issue.
});
