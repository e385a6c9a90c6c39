import { describe, expect, it } from 'vitest';
import { declaredLanguage, detectLanguage, pageLanguage } from '../../../lib/core/page/language';
import type { Block } from '../../../lib/core/page/page-model';

const GERMAN =
  'Die Stadtverwaltung hat am Dienstag beschlossen, die Straßen in der Innenstadt im kommenden Jahr zu erneuern. ' +
  'Nach Angaben der Behörde sollen die Arbeiten im Frühjahr beginnen und bis zum Herbst abgeschlossen sein. ' +
  'Anwohner müssen sich auf Umleitungen und längere Wartezeiten einstellen, teilte ein Sprecher mit.';
const ENGLISH =
  'The city council decided on Tuesday to repair the roads in the town centre next year. According to the ' +
  'authority, the work will begin in the spring and should be finished by the autumn. Residents will have to ' +
  'put up with diversions and longer journeys, a spokesman said.';

const blocksOf = (...texts: string[]) =>
  texts.map(
    (text, index) => ({ index, text, kind: 'paragraph', start: 0, end: text.length, inArticle: true }) as Block,
  );

describe('language', () => {
  it('detects the language of the text', () => {
    expect(detectLanguage(GERMAN).language).toBe('de');
    expect(detectLanguage(ENGLISH).language).toBe('en');
  });

  it('prefers the text over a wrong <html lang="en">', () => {
    const lang = pageLanguage(['en'], blocksOf(GERMAN));
    expect(lang).toMatchObject({ language: 'de', from: 'text' });
  });

  it('leaves out the names in other languages an encyclopedia’s lead gives in parentheses (round 19, Czech)', () => {
    const lead =
      'Severoatlantická aliance (anglicky North Atlantic Treaty Organization – NATO, francouzsky Organisation du ' +
      'Traité de l’Atlantique Nord – OTAN; také Severoatlantická organizace, Organizace Severoatlantické smlouvy) je ' +
      'politicko-vojenská aliance, která vznikla na základě Severoatlantické smlouvy podepsané 4. dubna 1949 ve ' +
      'Washingtonu. Členské státy se zavázaly, že ozbrojený útok proti jednomu z nich bude považován za útok proti všem.';
    expect(pageLanguage([], blocksOf(lead)).language).toBe('cs');
  });

  it('rules out a language whose alphabet lacks letters the text uses (round 25: a Russian index read as Bulgarian)', () => {
    const index =
      'Проза Переводы Поэзия Фантастика Детективы Классика История И ДР.>>> [НОВИНКИ][Хитпарад][Самиздат][Музыка]' +
      '[Художники][Заграница][Туризм][ArtOfWar][Окопка][Форум]Авторские разделы: Современная Фантастика ' +
      'Остросюжетная Фотохостинг [Зеркала] [koi-win-lat] 23 aug 06. 5.5Gb. Самая известная в Рунете ' +
      'www-библиотека, открыта в 1994. Авторы и читатели ежедневно пополняют ее. Художественная литература, фан';
    expect(detectLanguage(index).language).toBe('ru');
    // Near miss: Ukrainian, whose "і" and "ї" Russian does not write, stays Ukrainian.
    const ukrainian =
      'Міська рада у вівторок вирішила відремонтувати дороги в центрі міста наступного року. За інформацією ' +
      'відомства, роботи розпочнуться навесні й мають завершитися до осені. Мешканцям доведеться миритися з ' +
      'об’їздами та довшими поїздками, повідомив речник.';
    expect(detectLanguage(ukrainian).language).toBe('uk');
  });

  it('reads Chinese prose with English captions and an address in it as Chinese (round 31)', () => {
    // (The translation opened with the original's address and an English caption; by letters, Latin won.)
    const lang = pageLanguage(
      ['zh'],
      blocksOf(
        '原文：https://towardsdatascience.com/how-to-become-a-data-scientist-2a02ed565336?source=collection_archive',
        'Image of Chandrasekaran showing a possible trail that inspires me to create the trail below.',
        '最近几个月，许多人问我如何才能成为一名数据科学家，在了解了大多数人的主要问题并随着时间的推移改进了我的答案后，' +
          '我决定花大量时间制作这份指南，以便大多数人都能获得它。',
      ),
    );
    expect(lang).toMatchObject({ language: 'zh', from: 'text' });
    // Near miss: English prose naming a Chinese term or two stays English.
    expect(detectLanguage(`${ENGLISH} The council calls the plan 城市更新.`).language).toBe('en');
  });

  it('falls back to the declaration when the text is too short', () => {
    expect(pageLanguage(['fr-FR'], blocksOf('Bonjour.'))).toMatchObject({ language: 'fr', from: 'declared' });
    expect(pageLanguage([null, ''], blocksOf('Hi.'))).toMatchObject({ language: '', from: 'none' });
  });

  it('keeps a declared language the detector does not know', () => {
    const danish =
      'Det er en dejlig dag i dag, og vi skal ud at gå en tur i skoven med hunden. Bagefter spiser vi frokost hos ' +
      'min mormor, som bor i et lille hus ved søen. Hun har bagt boller og lavet kaffe til os alle sammen.';
    expect(pageLanguage(['da'], blocksOf(danish))).toMatchObject({ language: 'da', from: 'declared' });
  });

  it('reads primary subtags from declarations', () => {
    expect(declaredLanguage([null, 'pt_BR'])).toBe('pt');
    expect(declaredLanguage(['x-klingon', 'de-AT'])).toBe('de');
  });
});
