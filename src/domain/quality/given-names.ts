/**
 * Frequent given names in Spain (folded: lower case, no accents). Two different names from this
 * list are two people, however close their spelling ("andres" / "andrea", "julian" / "julia"):
 * the matcher never reads one as a typo of the other.
 */
export const GIVEN_NAMES: ReadonlySet<string> = new Set([
  // women
  'maria', 'carmen', 'ana', 'isabel', 'laura', 'cristina', 'marta', 'pilar', 'dolores', 'lucia', 'josefa',
  'francisca', 'antonia', 'elena', 'sara', 'paula', 'rosa', 'raquel', 'manuela', 'mercedes', 'julia', 'teresa',
  'beatriz', 'nuria', 'silvia', 'irene', 'alba', 'patricia', 'rocio', 'andrea', 'montserrat', 'encarnacion',
  'monica', 'alicia', 'sonia', 'sandra', 'marina', 'angela', 'sofia', 'yolanda', 'susana', 'margarita',
  'natalia', 'claudia', 'eva', 'ines', 'inmaculada', 'amparo', 'esther', 'noelia', 'veronica', 'carolina',
  'angeles', 'concepcion', 'rosario', 'nerea', 'lorena', 'begona', 'ainhoa', 'lourdes', 'luisa', 'juana',
  'remedios', 'daniela', 'victoria', 'miriam', 'emilia', 'gloria', 'esperanza', 'consuelo', 'trinidad',
  'adriana', 'olga', 'alejandra', 'martina', 'valeria', 'lidia', 'clara', 'celia', 'diana', 'aurora',
  'catalina', 'fatima', 'milagros', 'ascension', 'almudena', 'blanca', 'vanesa', 'estefania', 'elisa',
  'vicenta', 'soledad', 'gema', 'ainara', 'aitana', 'emma', 'carla', 'lola', 'nora', 'leire', 'judith',
  'ariadna', 'guadalupe', 'rebeca', 'tamara', 'barbara', 'anna', 'virginia', 'josefina', 'purificacion',
  'rosalia', 'ramona', 'nieves', 'ruth', 'elvira', 'eugenia', 'maite', 'julieta', 'juliana', 'mariana',
  'marisa', 'marisol', 'paloma', 'alma', 'carlota', 'valentina', 'jimena', 'lara', 'vega',
  // men
  'antonio', 'jose', 'manuel', 'francisco', 'juan', 'david', 'javier', 'daniel', 'carlos', 'jesus',
  'alejandro', 'miguel', 'rafael', 'pedro', 'pablo', 'angel', 'sergio', 'fernando', 'jorge', 'luis',
  'alberto', 'alvaro', 'adrian', 'diego', 'raul', 'ivan', 'ruben', 'oscar', 'enrique', 'ramon', 'andres',
  'vicente', 'joaquin', 'inigo', 'hugo', 'mario', 'julio', 'martin', 'tomas', 'ignacio', 'gonzalo',
  'emilio', 'agustin', 'sebastian', 'jaime', 'marcos', 'borja', 'xabier', 'santiago', 'victor', 'eduardo',
  'roberto', 'salvador', 'jordi', 'ricardo', 'mariano', 'alfonso', 'guillermo', 'marc', 'joan', 'josep',
  'felipe', 'cristian', 'samuel', 'hector', 'aitor', 'gabriel', 'alfredo', 'domingo', 'felix', 'gregorio',
  'nicolas', 'lucas', 'mateo', 'aaron', 'iker', 'unai', 'asier', 'ander', 'bruno', 'izan', 'gerard',
  'arnau', 'cesar', 'esteban', 'benito', 'julian', 'rodrigo', 'ismael', 'eloy', 'ernesto', 'valentin',
  'marcelino', 'jacinto', 'cristobal', 'simon', 'moises', 'teodoro', 'eugenio', 'gines', 'isidro', 'jaume',
  'xavier', 'mikel', 'alex', 'marco', 'leandro', 'nicanor', 'oriol', 'pere', 'lorenzo', 'alonso',
]);
