import type { AstroIntegration } from 'astro';
import { LOCAL_ORIGIN } from '../config.ts';

/** Says in the build log what a missing SITE means, once, before the build starts. */
export function siteNotice(): AstroIntegration {
  return {
    name: 'survey-site-notice',
    hooks: {
      'astro:config:setup': ({ config, command, logger }) => {
        // `astro preview` only serves what a build made; the build already said this.
        if (command === 'preview') return;
        if (config.site) {
          logger.info(`Absolute links (permalinks, QR codes, feeds, sitemap) use ${config.site}`);
        } else {
          logger.warn(
            `SITE is not set: pages and papers.json use relative links, canonical links and the sitemap are left out, and QR codes and feeds point to ${LOCAL_ORIGIN} (what \`npm start\` serves). Set SITE=https://your.host when you deploy.`,
          );
        }
      },
    },
  };
}
