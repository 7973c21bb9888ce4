/** Registers `<evi-member-directory>`. Safe to load twice. */
import { define } from './internal/define.js';
import { EviMemberDirectory } from './member-directory/member-directory.js';

define('evi-member-directory', EviMemberDirectory);

export { EviMemberDirectory };
