export { QuoteCheckLink } from './QuoteCheckLink.tsx';
export { QuotesView } from './QuotesView.tsx';
