import type { SamplePlanTexts } from './sample-plan-texts';

export const SAMPLE_PLAN_ES: SamplePlanTexts = {
  name: 'Plan de fidelización Trigo y Sal (ejemplo)',
  sector: 'Panadería y pastelería',
  author: 'Equipo de Trigo y Sal',
  executiveSummary:
    'Trigo y Sal tiene una clientela fiel y de barrio, pero pierde cada año a una parte de sus clientes con tarjeta sin que nadie lo note: la mayoría se va por indiferencia, no por precio.\n\nEste plan se centra en retenerlos y en que los mejores clientes nos compren también las tartas y los encargos, con la «Tarjeta Amiga» como eje, una campaña para convertir a los contactos de la web y los sorteos, y un seguimiento mensual con indicadores para corregir el rumbo a tiempo.',
  diagnosis: {
    whoAreCustomers:
      'Vecinos de los barrios de Gamonal, el Centro y San Pedro de la Fuente que compran el pan a diario o varias veces por semana, casi siempre en la tienda. Unas 2.000 personas tienen la «Tarjeta Amiga»; la mayoría son familias y personas mayores, y hay un grupo creciente de clientes jóvenes que encargan tartas por la web.',
    whyPreferUs:
      'Pan de masa madre hecho cada mañana en el obrador, trato cercano de las dependientas, que conocen a muchos clientes por su nombre, y el roscón de Reyes, que es nuestro producto estrella. Nos eligen por calidad y cercanía, no por precio.',
    potentialCustomers:
      'Más de 400 personas se han registrado en la web o en sorteos de Instagram y todavía no han comprado con la tarjeta, y tenemos un centenar de contactos de la Feria de Muestras. En los tres barrios viven unas 45.000 personas.',
    whyCustomersLeave:
      'Según las bajas registradas, la mayoría se va por indiferencia: nadie les echa de menos cuando dejan de venir. Les siguen quienes buscan variedad y quienes encuentran el pan más barato en el supermercado; unos pocos se mudan.',
    needs:
      'Individuales: pan fresco cada día, desayunos y meriendas, tartas para celebraciones y encargos para Navidad. Comunitarias: un comercio de barrio abierto los domingos que da vida a la calle y colabora con las asociaciones de vecinos.',
    databaseState:
      'La base de datos tiene duplicados (clientes con dos tarjetas), teléfonos y correos escritos de varias maneras o incompletos, códigos postales sin el cero inicial y nombres de población mal escritos. Hay que limpiarla y unificarla antes de lanzar campañas personalizadas.',
  },
  general: {
    what: 'Aumentar la fidelidad de los clientes con «Tarjeta Amiga»',
    where: 'en las tres panaderías de Burgos y en la tienda web',
    whatFor: 'para crecer en ventas sin depender de captar clientes nuevos a cualquier precio',
  },
  objectives: {
    churn: { description: 'Que menos clientes con tarjeta dejen de comprar en un año, sobre todo los de clase A.', owner: 'Lucía Pardo, gerente' },
    wallet: { description: 'Que los mejores clientes nos compren también las tartas y los encargos que hoy compran fuera.', owner: 'Nerea Soto, marketing' },
    active: { description: 'Convertir en clientes activos a los leads de la web y de los sorteos.', owner: 'Nerea Soto, marketing' },
    opponents: { description: 'Reducir el número de clientes opositores resolviendo sus quejas una a una.', owner: 'Andrés Gil, encargado de Gamonal' },
  },
  strategies: {
    welcome: {
      name: 'Bienvenida a los nuevos registrados',
      offer: 'Un café y un cruasán de regalo en la primera compra con la tarjeta.',
      messages: [
        { text: 'Gracias por apuntarte a la «Tarjeta Amiga». Ven a vernos esta semana: el café y el cruasán corren de nuestra cuenta.' },
        { channel: 'email', text: 'Bienvenida por correo con el cupón y el horario de las tres tiendas.' },
        { channel: 'social', text: 'Historia de Instagram presentando al equipo del obrador a los nuevos seguidores.' },
      ],
      responseProtocol: 'Las dudas que lleguen por correo o Instagram se contestan en menos de 24 horas; cada canje del cupón se registra en la caja con la tarjeta.',
      learningGoal: 'Saber qué origen (web, sorteo o feria) convierte más leads en clientes.',
      notes: 'Empezar por los leads registrados en los últimos seis meses.',
    },
    club: {
      name: 'Club «Tarjeta Amiga»',
      offer: 'Cada diez compras, una barra de masa madre gratis; preventa del roscón para socios.',
      messages: [
        { text: 'Eres de la casa: con tu tarjeta, cada diez compras te regalamos una barra de masa madre.' },
        { channel: 'sms', text: 'Aviso por SMS cuando falte una compra para el regalo.' },
        { channel: 'shop', text: 'Cartel en el mostrador y recordatorio de la dependienta al cobrar.' },
      ],
      responseProtocol: 'Las quejas se anotan en la ficha del cliente y el encargado de la tienda llama en 48 horas.',
      learningGoal: 'Comprobar si el premio cada diez compras aumenta la frecuencia de los clientes de clase A.',
      notes: 'Revisar el coste del premio cada trimestre.',
    },
    orders: {
      name: 'Tartas y encargos para los clientes de pan',
      offer: 'Un 10 % de descuento en la primera tarta por encargo hecha desde la web.',
      messages: [
        { text: 'Ya conoces nuestro pan; prueba ahora nuestras tartas por encargo, hechas el mismo día.' },
        { channel: 'email', text: 'Correo con el catálogo de tartas a quienes compran pan pero nunca han encargado.' },
        { channel: 'web', text: 'Banner en la web con el código de descuento.' },
      ],
      responseProtocol: 'Los encargos de la web se confirman por teléfono el mismo día.',
      learningGoal: 'Medir cuántos clientes de pan pasan a encargar tartas y cuánto gastan.',
      notes: 'Aprovechar la campaña del roscón para presentar la preventa por la web.',
    },
    winBack: {
      name: 'Te echamos de menos',
      offer: 'Una napolitana de regalo y una llamada para saber qué falló.',
      messages: [
        { text: 'Hace tiempo que no te vemos por la panadería. ¿Nos cuentas qué podemos mejorar?' },
        { channel: 'phone', text: 'Llamada del encargado de la tienda a los clientes que más compraban.' },
        { channel: 'mail', text: 'Carta con un vale para una napolitana.' },
      ],
      responseProtocol: 'Cada respuesta se guarda con su motivo de abandono para el próximo diagnóstico.',
      learningGoal: 'Descubrir qué motivos de abandono se pueden corregir y cuáles no.',
      notes: 'No contactar a quienes se mudaron o pidieron no recibir publicidad.',
    },
  },
  alliances: {
    tactical: { partner: 'Cafés El Tostadero', goal: 'Promoción conjunta de desayunos: su café de especialidad en nuestras cafeterías.' },
    partial: { partner: 'Asociación de Comerciantes de Gamonal', goal: 'Una tarjeta de descuentos compartida por los comercios del barrio.' },
  },
  audiences: {
    management: { message: 'Objetivos, presupuesto y calendario del plan; qué se decide cada mes.', owner: 'Lucía Pardo' },
    staff: { message: 'Por qué importa dar de alta bien la tarjeta y cómo funciona el club.', owner: 'Andrés Gil' },
    shopManagers: { message: 'Seguimiento semanal de bajas, quejas y canjes de cada tienda.', owner: 'Lucía Pardo' },
    millers: { message: 'Previsión de harina para la campaña del roscón y las tartas por encargo.', owner: 'Andrés Gil' },
    partners: { message: 'Calendario de la promoción de desayunos y de la tarjeta del barrio.', owner: 'Nerea Soto' },
    customers: { message: 'Las ventajas de la «Tarjeta Amiga» y las novedades de temporada.', owner: 'Nerea Soto' },
  },
  conditions: {
    'management-support': 'La gerente presenta el plan y revisa los resultados cada mes.',
    'gradual-changes': 'Primero una tienda (Gamonal) y, si funciona, las otras dos.',
    'transactional-base': 'La caja registra todas las ventas con tarjeta desde hace tres años.',
  },
  actions: {
    analysis: { name: 'Análisis de los datos de la tarjeta', owner: 'Nerea Soto' },
    cleanup: { name: 'Limpiar y unificar la base de datos de clientes', owner: 'Nerea Soto' },
    training: { name: 'Formar a las dependientas en el alta de la tarjeta', owner: 'Andrés Gil' },
    welcomeEmail: { name: 'Correo de bienvenida para los nuevos registrados', owner: 'Nerea Soto' },
    club: { name: 'Lanzar el club «Tarjeta Amiga»', owner: 'Lucía Pardo' },
    survey: { name: 'Encuesta de satisfacción después de la compra', owner: 'Nerea Soto' },
    winBack: { name: 'Llamadas y vales a los clientes inactivos', owner: 'Andrés Gil' },
    cakes: { name: 'Campaña de tartas por encargo', owner: 'Nerea Soto' },
    roscon: { name: 'Preventa del roscón por la web', owner: 'Lucía Pardo' },
  },
  rollout: {
    'customer-centred-strategy': 'La estrategia se definió a partir del diagnóstico de la tarjeta.',
    'roles-redesigned': 'Cada encargado de tienda responde de las bajas de su tienda.',
  },
  kpiOwner: 'Nerea Soto',
  measurementNotes: {
    openRate: 'Panel de la herramienta de correo',
    followers: 'Estadísticas de la cuenta de Instagram',
    responseRate: 'Vales canjeados en caja',
  },
};
