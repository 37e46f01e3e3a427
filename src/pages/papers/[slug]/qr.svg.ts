import type { APIRoute } from 'astro';
import { paperPaths, type PaperProps } from '../../../data/paper-paths.ts';
import { paperQr } from '../../../data/records.ts';

export const getStaticPaths = paperPaths;

/** The QR code of a paper's short permalink, as a file to download into slides. */
export const GET: APIRoute<PaperProps> = ({ props }) =>
  new Response(`<?xml version="1.0" encoding="UTF-8"?>\n${paperQr(props.paper)}\n`, { headers: { 'Content-Type': 'image/svg+xml' } });
