import { expect } from '@open-wc/testing';
it('runs in a browser', () => { expect(navigator.userAgent).to.contain('Chrome'); });
