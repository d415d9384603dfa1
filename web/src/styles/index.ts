// NL Design System: the Utrecht design tokens and only the component styles this app uses,
// imported one by one so Vite can merge them (CSS @import would trip over their @charset lines).
import '@utrecht/design-tokens/dist/theme.css';
import '@utrecht/root-css/dist/index.css';
import '@utrecht/document-css/dist/index.css';
import '@utrecht/body-css/dist/index.css';
import '@utrecht/page-header-css/dist/index.css';
import '@utrecht/page-footer-css/dist/index.css';
import '@utrecht/skip-link-css/dist/index.css';
import '@utrecht/heading-1-css/dist/index.css';
import '@utrecht/heading-2-css/dist/index.css';
import '@utrecht/heading-3-css/dist/index.css';
import '@utrecht/heading-4-css/dist/index.css';
import '@utrecht/paragraph-css/dist/index.css';
import '@utrecht/link-css/dist/index.css';
import '@utrecht/unordered-list-css/dist/index.css';
import '@utrecht/button-css/dist/index.css';
import '@utrecht/form-field-css/dist/index.css';
import '@utrecht/form-label-css/dist/index.css';
import '@utrecht/form-fieldset-css/dist/index.css';
import '@utrecht/form-field-description-css/dist/index.css';
import '@utrecht/form-field-error-message-css/dist/index.css';
import '@utrecht/textbox-css/dist/index.css';
import '@utrecht/radio-button-css/dist/index.css';
import '@utrecht/select-css/dist/index.css';
import '@utrecht/alert-css/dist/index.css';
import './app.css';
import './print.css';
