// The public site reads the same collection, validated by the same schema.
export { collections } from '../content.config.ts';
