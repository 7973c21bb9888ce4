// What a bilingual review of the widgets' words found: plurals a screen reader says, a Swedish word inside
// an English sentence, and one word spelt two ways on one page.
import { expect } from '@open-wc/testing';
import { askStrings } from '../src/ask-form/strings.js';
import { directoryStrings } from '../src/member-directory/strings.js';

describe("the widgets' English", () => {
  it('counts characters left and over in the singular and the plural', () => {
    const t = askStrings.en;
    expect(t.remaining(1)).to.equal('1 character left');
    expect(t.remaining(2)).to.equal('2 characters left');
    expect(t.remaining(0)).to.equal('0 characters left');
    expect(t.remaining(-1)).to.equal('1 character too many');
    expect(t.remaining(-1200)).to.equal('1,200 characters too many');
    expect(askStrings.sv.remaining(1)).to.equal('1 tecken kvar');
  });

  it('names the organisation number in English (a Swedish word would be read with an English voice)', () => {
    expect(askStrings.en.orgNumberHint).not.to.contain('organisationsnummer');
    expect(askStrings.en.orgNumberHint).to.contain('organisation number');
  });

  it('spells email one way in the directory and the form, as a page may show both', () => {
    expect(directoryStrings.en.email).to.equal(askStrings.en.email);
  });
});
