import { publishedContent } from './published-content';

export default publishedContent('bundle');
