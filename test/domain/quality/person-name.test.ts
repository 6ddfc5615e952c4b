import { describe, expect, it } from 'vitest';
import { nameTokens, titleCaseName } from '../../../src/domain/quality/person-name';

describe('titleCaseName', () => {
  it.each([
    ['maría del carmen de la fuente', 'María del Carmen de la Fuente'],
    ['MARÍA DEL CARMEN DE LA FUENTE', 'María del Carmen de la Fuente'],
    ['María Del Carmen De La Fuente', 'María del Carmen de la Fuente'],
    ['josé luis garcía-pelayo', 'José Luis García-Pelayo'],
    ['ÍÑIGO MUÑOZ ÁLVAREZ', 'Íñigo Muñoz Álvarez'],
    ['ñoño yáñez', 'Ñoño Yáñez'],
    ['juan y medio', 'Juan y Medio'],
    ['de la fuente, ana', 'De la Fuente, Ana'],
    ['soraya sáenz de santamaría', 'Soraya Sáenz de Santamaría'],
    ['leopoldo o\'donnell', "Leopoldo O'Donnell"],
    ["l'hospitalet de llobregat", "L'Hospitalet de Llobregat"],
    ['vitoria-gasteiz', 'Vitoria-Gasteiz'],
    ['SANTA CRUZ DE TENERIFE', 'Santa Cruz de Tenerife'],
    ['ronald McDonald', 'Ronald McDonald'],
    ['  ana   garcía  ', 'Ana García'],
    ['mª carmen', 'Mª Carmen'],
    ['', ''],
  ])('%j → %j', (input, expected) => {
    expect(titleCaseName(input)).toBe(expected);
  });

  it('is idempotent', () => {
    for (const name of ['maría del carmen de la fuente', 'GARCÍA-PELAYO', "l'hospitalet", 'McDONALD', 'de la fuente']) {
      const once = titleCaseName(name);
      expect(titleCaseName(once)).toBe(once);
    }
  });
});

describe('nameTokens', () => {
  it.each([
    ['García López, Ana', ['ana', 'garcia', 'lopez']],
    ['Ana Garcia Lopez', ['ana', 'garcia', 'lopez']],
    ['  ANA   GARCÍA  LÓPEZ ', ['ana', 'garcia', 'lopez']],
    ['María del Carmen de la Fuente', ['carmen', 'fuente', 'maria']],
    ['José Luis García-Pelayo', ['garcia', 'jose', 'luis', 'pelayo']],
    ['Núñez Núñez, Íñigo', ['inigo', 'nunez', 'nunez']],
    ['J. R. Jiménez', ['jimenez']],
    ['', []],
  ])('%j → %j', (input, expected) => {
    expect(nameTokens(input)).toEqual(expected);
  });
});
