/** Registers `<evi-ask-form>`. Safe to load twice. */
import { EviAskForm } from './ask-form/ask-form.js';
import { define } from './internal/define.js';

define('evi-ask-form', EviAskForm);

export { EviAskForm };
