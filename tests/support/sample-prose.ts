/** Prose for tests that need a page of a known kind: paragraphs of a novel's dialogue and narration. */

/** Ten paragraphs of a story: four of them make a chapter the page profile reads as fiction. */
export const STORY = [
  '“Where are you going, Tom?” cried the old woman from the doorway, shading her eyes against the evening sun.',
  '“Down to the river!” he called back. “The boats are coming in, and I mean to see them!”',
  'She shook her head and went back into the kitchen, where the kettle was singing over the fire.',
  '“That boy will be the death of me,” she said to the cat, who blinked at her from the hearth.',
  '“Oh, let him go,” said her husband without looking up from his pipe. “He is young yet.”',
  'The river ran broad and brown below the village, and the boats came round the bend one after another.',
  '“There they are!” shouted Tom, and ran down the bank with his cap in his hand.',
  'Nobody answered him; the wind carried his voice away over the water and the reeds.',
  '“Come back before dark!” came his mother’s voice, faint and far behind him.',
  'He did not hear her. He was already among the nets and ropes, asking the fishermen a hundred questions.',
];
