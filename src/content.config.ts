import { defineCollection } from 'astro:content';
import { papersLoader, surveyReportLoader } from './loaders/survey-loader.ts';
import { topicsLoader } from './loaders/topics-loader.ts';
import { paperSchema, seedReportSchema } from './schemas/paper.ts';
import { topicSchema } from './schemas/topic.ts';

const seedsDir = process.env.SEEDS_DIR || 'seeds';

const papers = defineCollection({ loader: papersLoader({ seedsDir }), schema: paperSchema });
const seedReport = defineCollection({ loader: surveyReportLoader({ seedsDir }), schema: seedReportSchema });
const topics = defineCollection({ loader: topicsLoader({ dir: 'content/topics' }), schema: topicSchema });

export const collections = { papers, seedReport, topics };
