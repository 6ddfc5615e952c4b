/** Word lists for generating Spanish customers: frequent names and surnames, cities with their postal-code prefix. */

export const GIVEN_NAMES_FEMALE = [
  'María Carmen', 'María', 'Carmen', 'Ana María', 'Laura', 'María Pilar', 'Isabel', 'Josefa', 'María Dolores',
  'Ana', 'Lucía', 'Cristina', 'Marta', 'Sara', 'Paula', 'Elena', 'Raquel', 'Rosa María', 'Pilar', 'Concepción',
  'Manuela', 'Mercedes', 'Julia', 'Nuria', 'Silvia', 'Irene', 'Alba', 'Patricia', 'Andrea', 'Rocío', 'Sofía',
  'Begoña', 'Inés', 'Montserrat', 'Ainhoa', 'Noelia', 'Beatriz', 'María del Carmen', 'María José', 'Luisa',
  'Antonia', 'Francisca', 'Juana', 'Ángela', 'Nerea', 'Yolanda', 'Encarnación', 'Remedios', 'Eva', 'Lourdes',
];

export const GIVEN_NAMES_MALE = [
  'Antonio', 'José', 'Manuel', 'Francisco', 'David', 'Juan', 'Javier', 'José Luis', 'Daniel', 'Carlos', 'Jesús',
  'Alejandro', 'Miguel', 'José Antonio', 'Rafael', 'Pedro', 'Pablo', 'Ángel', 'Sergio', 'Fernando', 'Jorge',
  'Luis', 'Alberto', 'Álvaro', 'Adrián', 'Diego', 'Raúl', 'Iván', 'Rubén', 'Óscar', 'Enrique', 'Ramón', 'Andrés',
  'Vicente', 'Joaquín', 'Íñigo', 'Hugo', 'Mario', 'Julio', 'Martín', 'Tomás', 'Ignacio', 'Gonzalo', 'Emilio',
  'Agustín', 'Sebastián', 'Jaime', 'Marcos', 'Borja', 'Xabier',
];

/** Most frequent first: the generator draws them with weights falling with rank. */
export const SURNAMES = [
  'García', 'Rodríguez', 'González', 'Fernández', 'López', 'Martínez', 'Sánchez', 'Pérez', 'Gómez', 'Martín',
  'Jiménez', 'Hernández', 'Ruiz', 'Díaz', 'Moreno', 'Muñoz', 'Álvarez', 'Romero', 'Gutiérrez', 'Alonso',
  'Navarro', 'Torres', 'Domínguez', 'Ramos', 'Vázquez', 'Ramírez', 'Gil', 'Serrano', 'Morales', 'Molina',
  'Blanco', 'Suárez', 'Castro', 'Ortega', 'Delgado', 'Ortiz', 'Marín', 'Rubio', 'Núñez', 'Medina', 'Sanz',
  'Castillo', 'Iglesias', 'Cortés', 'Garrido', 'Santos', 'Guerrero', 'Lozano', 'Cano', 'Cruz', 'Méndez',
  'Flores', 'Prieto', 'Herrera', 'Peña', 'León', 'Márquez', 'Cabrera', 'Gallego', 'Calvo', 'Vidal', 'Campos',
  'Reyes', 'Vega', 'Fuentes', 'Carrasco', 'Díez', 'Aguilar', 'Caballero', 'Nieto', 'Santana', 'Pascual',
  'Herrero', 'Montero', 'Hidalgo', 'Giménez', 'Ibáñez', 'Ferrer', 'Durán', 'Santiago', 'Benítez', 'Vargas',
  'Mora', 'Vicente', 'Arias', 'Carmona', 'Crespo', 'Román', 'Pastor', 'Soto', 'Sáez', 'Velasco', 'Moya',
  'Soler', 'Parra', 'Esteban', 'Bravo', 'Gallardo', 'Rojas', 'Pardo', 'Merino', 'Franco', 'Espinosa',
  'Izquierdo', 'Lorenzo', 'Montes', 'Sierra', 'Marcos', 'Mendoza', 'Velázquez', 'Luque', 'Ordóñez', 'Beltrán',
  'de la Fuente', 'del Río', 'García-Pelayo', 'Sáenz de Santamaría', 'Muñiz', 'Quintana', 'Zamora', 'Salazar',
  'Rivas', 'Valverde', 'Echeverría', 'Urquijo', 'Goikoetxea', 'Puig', 'Vilanova', 'Castañeda', 'Ibarra',
];

export interface SpanishCity {
  name: string;
  /** First three digits of its postal codes. */
  prefix: string;
  /** How many postal codes it has in the generator (prefix + 01…codes). */
  codes: number;
  /** Relative population. */
  weight: number;
}

export const CITIES: readonly SpanishCity[] = [
  { name: 'Madrid', prefix: '280', codes: 50, weight: 32 },
  { name: 'Barcelona', prefix: '080', codes: 40, weight: 16 },
  { name: 'Valencia', prefix: '460', codes: 25, weight: 8 },
  { name: 'Sevilla', prefix: '410', codes: 20, weight: 7 },
  { name: 'Zaragoza', prefix: '500', codes: 20, weight: 7 },
  { name: 'Málaga', prefix: '290', codes: 18, weight: 6 },
  { name: 'Murcia', prefix: '300', codes: 12, weight: 5 },
  { name: 'Palma', prefix: '070', codes: 12, weight: 4 },
  { name: 'Las Palmas de Gran Canaria', prefix: '350', codes: 12, weight: 4 },
  { name: 'Bilbao', prefix: '480', codes: 15, weight: 3 },
  { name: 'Alicante', prefix: '030', codes: 10, weight: 3 },
  { name: 'Córdoba', prefix: '140', codes: 12, weight: 3 },
  { name: 'Valladolid', prefix: '470', codes: 12, weight: 3 },
  { name: 'Vigo', prefix: '362', codes: 10, weight: 3 },
  { name: 'Gijón', prefix: '332', codes: 10, weight: 3 },
  { name: "L'Hospitalet de Llobregat", prefix: '089', codes: 8, weight: 3 },
  { name: 'A Coruña', prefix: '150', codes: 10, weight: 2 },
  { name: 'Vitoria-Gasteiz', prefix: '010', codes: 10, weight: 2 },
  { name: 'Granada', prefix: '180', codes: 12, weight: 2 },
  { name: 'Elche', prefix: '032', codes: 8, weight: 2 },
  { name: 'Oviedo', prefix: '330', codes: 10, weight: 2 },
  { name: 'Santa Cruz de Tenerife', prefix: '380', codes: 10, weight: 2 },
  { name: 'Pamplona', prefix: '310', codes: 10, weight: 2 },
  { name: 'Almería', prefix: '040', codes: 8, weight: 2 },
  { name: 'Alcalá de Henares', prefix: '288', codes: 6, weight: 2 },
  { name: 'San Sebastián', prefix: '200', codes: 10, weight: 2 },
  { name: 'Burgos', prefix: '090', codes: 8, weight: 2 },
  { name: 'Santander', prefix: '390', codes: 10, weight: 2 },
  { name: 'Castellón de la Plana', prefix: '120', codes: 6, weight: 2 },
  { name: 'Logroño', prefix: '260', codes: 8, weight: 1 },
  { name: 'Salamanca', prefix: '370', codes: 8, weight: 1 },
  { name: 'León', prefix: '240', codes: 8, weight: 1 },
  { name: 'Cádiz', prefix: '110', codes: 10, weight: 1 },
  { name: 'Jaén', prefix: '230', codes: 8, weight: 1 },
  { name: 'Ourense', prefix: '320', codes: 6, weight: 1 },
  { name: 'Girona', prefix: '170', codes: 6, weight: 1 },
  { name: 'Lleida', prefix: '250', codes: 6, weight: 1 },
  { name: 'Cáceres', prefix: '100', codes: 6, weight: 1 },
  { name: 'Lugo', prefix: '270', codes: 4, weight: 1 },
  { name: 'Ávila', prefix: '050', codes: 4, weight: 1 },
];

export const STREETS = [
  'Calle Mayor', 'Calle Real', 'Avenida de la Constitución', 'Plaza de España', 'Calle Nueva', 'Calle del Sol',
  'Avenida de Andalucía', 'Calle San Juan', 'Calle de Alcalá', 'Calle de la Iglesia', 'Avenida de la Libertad',
  'Calle Cervantes', 'Calle Goya', 'Ronda de Valencia', 'Travesía del Carmen', 'Calle Doctor Fleming',
  'Calle Príncipe de Vergara', 'Calle Lope de Vega', 'Paseo de la Estación', 'Calle Ramón y Cajal',
  'Avenida de Castilla', 'Plaza Mayor', 'Calle de la Paz', 'Calle Núñez de Balboa', 'Calle Peñuelas',
];

export const EMAIL_DOMAINS = ['gmail.com', 'hotmail.com', 'yahoo.es', 'outlook.es', 'telefonica.net', 'icloud.com'];
export const ORIGINS = ['Web', 'Tienda', 'Redes sociales', 'Recomendación', 'Campaña email'];
export const PAYMENT_METHODS = ['Tarjeta', 'Efectivo', 'Transferencia', 'Bizum', 'Domiciliación'];
