import { getRssString } from '@astrojs/rss';
import { escapeMarkup } from '../text/escape.ts';

/** A feed's channel: its title and description, the page it stands for and its own address. */
export interface FeedChannel {
  title: string;
  description: string;
  /** The page the feed follows (the site, or a topic page), absolute. */
  page: string;
  /** The feed's own absolute URL, for `atom:link rel="self"`. */
  self: string;
  /** When the survey last changed, if known (`lastBuildDate`); never the time of the build, which would break reproducible builds. */
  updated?: Date | undefined;
}

export interface FeedItem {
  title: string;
  link: string;
  description: string;
  categories: string[];
}

/**
 * An RSS 2.0 feed, written with @astrojs/rss (a standalone writer: it imports nothing from
 * Astro). The seeds carry no dates, so items have no `pubDate`, which RSS 2.0 allows.
 */
export function feedXml(channel: FeedChannel, items: readonly FeedItem[]): Promise<string> {
  const customData = [
    `<atom:link href="${escapeMarkup(channel.self)}" rel="self" type="application/rss+xml"/>`,
    ...(channel.updated ? [`<lastBuildDate>${channel.updated.toUTCString()}</lastBuildDate>`] : []),
  ].join('');
  return getRssString({
    title: channel.title,
    description: channel.description,
    site: channel.page,
    trailingSlash: true,
    xmlns: { atom: 'http://www.w3.org/2005/Atom' },
    customData,
    items: [...items],
  });
}
