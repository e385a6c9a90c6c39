import { findSpeakerCue } from '../lib/core/quotes/attribution';
console.log(findSpeakerCue(process.argv[2], process.argv[3] ?? ''));
