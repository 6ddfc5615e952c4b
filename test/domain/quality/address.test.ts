import { describe, expect, it } from 'vitest';
import { expandStreetType, normaliseAddress } from '../../../src/domain/quality/address';

describe('expandStreetType', () => {
  it.each([
    ['C/ Mayor 5', 'Calle Mayor 5'],
    ['C/Mayor 5', 'Calle Mayor 5'],
    ['c/ mayor 5', 'Calle mayor 5'],
    ['C. Mayor 5', 'Calle Mayor 5'],
    ['Cl. Real 3', 'Calle Real 3'],
    ['Calle Mayor 5', 'Calle Mayor 5'],
    ['Callejón del Gato 2', 'Callejón del Gato 2'],
    ['Avda. de la Constitución 12', 'Avenida de la Constitución 12'],
    ['Avda.Diagonal 640', 'Avenida Diagonal 640'],
    ['Av. Diagonal 640', 'Avenida Diagonal 640'],
    ['Avd Diagonal 640', 'Avenida Diagonal 640'],
    ['Avenida Diagonal 640', 'Avenida Diagonal 640'],
    ['Pza. de España 1', 'Plaza de España 1'],
    ['Pl. Mayor 1', 'Plaza Mayor 1'],
    ['Plza España 1', 'Plaza España 1'],
    ['Pº de la Castellana 100', 'Paseo de la Castellana 100'],
    ['P.º de Gracia 43', 'Paseo de Gracia 43'],
    ['Ctra. de Valencia km 7', 'Carretera de Valencia km 7'],
    ['Rda. de Segovia 10', 'Ronda de Segovia 10'],
    ['Trav. del Carmen 4', 'Travesía del Carmen 4'],
    ['Travesia del Carmen 4', 'Travesía del Carmen 4'],
    ['Urb. Los Pinos 7', 'Urbanización Los Pinos 7'],
    ['Glta. de Bilbao 1', 'Glorieta de Bilbao 1'],
    ['  C/   Mayor   5 ', 'Calle Mayor 5'],
    ['C/', 'Calle'],
    ['Plazuela del Sol 2', 'Plazuela del Sol 2'],
    ['Avila 3', 'Avila 3'],
    ['Carrer de Mallorca 401', 'Carrer de Mallorca 401'],
  ])('%j → %j', (input, expected) => {
    expect(expandStreetType(input)).toBe(expected);
  });
});

describe('normaliseAddress', () => {
  it.each([
    ['C/ MAYOR 5, 3º B', 'Calle Mayor 5, 3º B'],
    ['avda. de la constitución 12, 2º izq.', 'Avenida de la Constitución 12, 2º Izq.'],
    ['C/ Núñez de Balboa 62', 'Calle Núñez de Balboa 62'],
    ['PZA. DE ESPAÑA S/N', 'Plaza de España S/N'],
    ['Calle del Doctor Fleming 3', 'Calle del Doctor Fleming 3'],
    ['c/ peñuelas 5', 'Calle Peñuelas 5'],
  ])('%j → %j', (input, expected) => {
    expect(normaliseAddress(input)).toBe(expected);
  });

  it('is idempotent', () => {
    for (const address of ['C/ MAYOR 5, 3º B', 'avda. de la constitución 12', 'Pº de Gracia 4', 'c/ peñuelas 5']) {
      const once = normaliseAddress(address);
      expect(normaliseAddress(once)).toBe(once);
    }
  });
});
