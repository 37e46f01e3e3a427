import { defineCollection } from 'astro:content';
import { papersLoader, surveyReportLoader } from './loaders/survey-loader.ts';
import { paperSchema, seedReportSchema } from './schemas/paper.ts';

const seedsDir = process.env.SEEDS_DIR || 'seeds';

const papers = defineCollection({ loader: papersLoader({ seedsDir }), schema: paperSchema });
const seedReport = defineCollection({ loader: surveyReportLoader({ seedsDir }), schema: seedReportSchema });

export const collections = { papers, seedReport };
