import { defineCollection } from 'astro:content';
import { createSurveySource } from './build/survey-source.ts';
import { config } from './config.ts';
import { analysisSchema, paperEntrySchema } from './lib/schemas/paper.ts';
import { dataQualitySchema } from './lib/schemas/data-quality.ts';
import { topicSchema } from './lib/schemas/topic.ts';
import { analysisLoader } from './loaders/analysis-loader.ts';
import { dataQualityLoader } from './loaders/data-quality-loader.ts';
import { papersLoader } from './loaders/papers-loader.ts';
import { topicsLoader } from './loaders/topics-loader.ts';

/** The seeds and the taxonomy, read once for every collection below. */
const source = createSurveySource(config);

const papers = defineCollection({ loader: papersLoader(source), schema: paperEntrySchema });
const dataQuality = defineCollection({ loader: dataQualityLoader(source), schema: dataQualitySchema });
const topics = defineCollection({ loader: topicsLoader(source, { dir: config.topicsDir }), schema: topicSchema });
const analysis = defineCollection({ loader: analysisLoader(source), schema: analysisSchema });

export const collections = { papers, dataQuality, topics, analysis };
