import { defineCollection } from 'astro:content';
import { papersLoader, surveyReportLoader } from './loaders/survey-loader.ts';
import { topicAssignmentsLoader } from './loaders/topic-assignments-loader.ts';
import { topicsLoader } from './loaders/topics-loader.ts';
import { paperSchema, seedReportSchema, topicAssignmentsSchema } from './schemas/paper.ts';
import { topicSchema } from './schemas/topic.ts';

const seedsDir = process.env.SEEDS_DIR || 'seeds';
const topicsDir = 'content/topics';

const papers = defineCollection({ loader: papersLoader({ seedsDir }), schema: paperSchema });
const seedReport = defineCollection({ loader: surveyReportLoader({ seedsDir }), schema: seedReportSchema });
const topics = defineCollection({ loader: topicsLoader({ dir: topicsDir }), schema: topicSchema });
const topicAssignments = defineCollection({ loader: topicAssignmentsLoader({ seedsDir, topicsDir }), schema: topicAssignmentsSchema });

export const collections = { papers, seedReport, topics, topicAssignments };
