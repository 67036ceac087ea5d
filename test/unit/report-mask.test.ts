/** How text enters a page report (src/content/report/mask.ts): labels kept, everything else masked. */
import { describe, expect, it } from 'vitest';
import { vocabulary } from '../../src/content/detect/labels';
import { createMasker, shapeOf } from '../../src/content/report/mask';
import { reportUrl } from '../../src/content/report/page-url';

const masker = createMasker(vocabulary({ addMethod: ['Lägg till inloggningsmetod'] }), ['Outlook on phone', 'Mail']);

describe('the report masker', () => {
  it('keeps known labels in any of the five languages and IT’s, as written', () => {
    expect(masker.label('Add sign-in method')).toBe('Add sign-in method');
    expect(masker.label('Kennwort in die Zwischenablage kopieren')).toBe('Kennwort in die Zwischenablage kopieren');
    expect(masker.label('Lägg till inloggningsmetod')).toBe('Lägg till inloggningsmetod');
  });

  it('keeps labels inside a sentence and shapes the other words', () => {
    expect(masker.label('You reached the limit of 40')).toBe('⟦L3⟧ ⟦L7⟧ ⟦L3⟧ limit ⟦L2⟧ ⟦D2⟧');
  });

  it('shapes say how many letters, digits and other characters, never which', () => {
    expect(shapeOf('Contoso-2024')).toBe('⟦L7D4S1⟧');
    expect(shapeOf('abcdefghijklmnop').replace(/[⟦⟧LDS0-9]/g, '')).toBe('');
  });

  it('replaces names the guide read with numbered placeholders, the same name always the same one', () => {
    expect(masker.row('Outlook on phone')).toBe('⟦name-1⟧');
    expect(masker.label('Delete Outlook on phone')).toBe('Delete ⟦name-1⟧');
    expect(masker.label('Mail and Outlook on phone')).toBe('⟦name-2⟧ ⟦L3⟧ ⟦name-1⟧');
    expect(masker.name('Mail')).toBe('⟦name-2⟧');
  });

  it('gives a row’s other text no shape at all', () => {
    expect(masker.row('Created 12/1/2026')).toBe('⟦text⟧ ⟦text⟧');
    expect(masker.row('App password')).toBe('App password');
  });

  it('replaces e-mail addresses', () => {
    expect(masker.label('adele.vance@contoso.com')).toBe('⟦email⟧');
    expect(masker.row('adele@contoso.com')).toBe('⟦email⟧');
  });

  it('drops whole any text where what is not a label looks like an app password, shape and all', () => {
    expect(masker.label('abcdefghijklmnop')).toBeNull();
    expect(masker.label('Your app password abcd efgh ijkl mnop')).toBeNull();
    expect(masker.label('Copy abcd-efgh-ijkl-mnop')).toBeNull();
    expect(masker.row('ａｂｃｄｅｆｇｈｉｊｋｌｍｎｏｐ')).toBeNull();
  });
});

describe('URLs in a report', () => {
  it('keep origin and plain path of Microsoft’s pages only, never a query or fragment', () => {
    expect(reportUrl('https://mysignins.microsoft.com/security-info?tenant=x#y')).toBe('https://mysignins.microsoft.com/security-info');
    expect(reportUrl('/AppPasswords.aspx?a=b', 'https://account.activedirectory.windowsazure.com/Proofup.aspx')).toBe(
      'https://account.activedirectory.windowsazure.com/AppPasswords.aspx',
    );
    expect(reportUrl('https://myaccount.microsoft.com/user/adele@contoso.com/3f2a')).toBe('https://myaccount.microsoft.com/user/⟦path⟧/⟦path⟧');
    expect(reportUrl('https://evil.example/security-info')).toBeNull();
  });
});
