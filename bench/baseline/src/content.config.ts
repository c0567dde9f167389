import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';

export const collections = {
  postmortems: defineCollection({ loader: glob({ pattern: '**/*.{md,mdx}', base: `${process.env.KB_CONTENT_DIR}/postmortems` }) }),
};
