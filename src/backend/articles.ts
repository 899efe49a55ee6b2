// The Api's way in for articles that are not pasted text: a file or a web address -> the article, shown to the
// person before any card is made. Nothing is stored here.
import type { Api } from '../core/api.js';
import { openArticle, openArticleUrl } from './open-article.js';

export type ArticleMethods = Pick<Api, 'openArticleFile' | 'openArticleUrl'>;

export function makeArticleMethods(): ArticleMethods {
  return {
    async openArticleFile({ name, data }) {
      return openArticle({ name, bytes: Buffer.from(data, 'base64') });
    },
    async openArticleUrl({ url }) {
      return openArticleUrl(url);
    },
  };
}
