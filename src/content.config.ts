import { defineCollection } from 'astro:content';
import { papersLoader, surveyReportLoader } from './loaders/survey-loader.ts';
import { analysisLoader } from './loaders/analysis-loader.ts';
import { topicsLoader } from './loaders/topics-loader.ts';
import { analysisSchema, paperSchema, seedReportSchema } from './lib/schemas/paper.ts';
import { topicSchema } from './lib/schemas/topic.ts';

const seedsDir = process.env.SEEDS_DIR || 'seeds';
const topicsDir = 'content/topics';

const papers = defineCollection({ loader: papersLoader({ seedsDir }), schema: paperSchema });
const seedReport = defineCollection({ loader: surveyReportLoader({ seedsDir }), schema: seedReportSchema });
const topics = defineCollection({ loader: topicsLoader({ dir: topicsDir }), schema: topicSchema });
const analysis = defineCollection({ loader: analysisLoader({ seedsDir, topicsDir }), schema: analysisSchema });

export const collections = { papers, seedReport, topics, analysis };
