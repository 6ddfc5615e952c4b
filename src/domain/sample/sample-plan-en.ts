import type { SamplePlanTexts } from './sample-plan-texts';

export const SAMPLE_PLAN_EN: SamplePlanTexts = {
  name: 'Trigo y Sal loyalty plan (example)',
  sector: 'Bakery and patisserie',
  author: 'Trigo y Sal team',
  executiveSummary:
    'Trigo y Sal has a loyal neighbourhood clientele, yet every year it loses part of its card holders without anyone noticing: most leave out of indifference, not because of price.\n\nThis plan focuses on keeping them and on getting the best customers to buy their cakes and special orders from us too, with the «Tarjeta Amiga» card at its heart, a campaign to turn web and giveaway contacts into customers, and monthly tracking with indicators to correct course in time.',
  diagnosis: {
    whoAreCustomers:
      'Neighbours from Gamonal, the city centre and San Pedro de la Fuente who buy their bread daily or several times a week, nearly always in the shop. About 2,000 people hold the "Tarjeta Amiga" loyalty card; most are families and older people, and a growing group of younger customers order cakes on the web.',
    whyPreferUs:
      'Sourdough bread baked every morning, friendly staff who know many customers by name, and the roscón de Reyes (Twelfth Night cake), our best seller. They choose us for quality and proximity, not for price.',
    potentialCustomers:
      'Over 400 people have signed up on the web or in Instagram contests and have not yet bought with the card, and we have about a hundred contacts from the trade fair. Some 45,000 people live in the three neighbourhoods.',
    whyCustomersLeave:
      'According to the recorded departures, most leave out of indifference: nobody misses them when they stop coming. Next come those seeking variety and those who find cheaper bread at the supermarket; a few move away.',
    needs:
      'Individual: fresh bread every day, breakfasts and snacks, cakes for celebrations and Christmas orders. Community: a neighbourhood shop open on Sundays that keeps the street alive and works with residents\' associations.',
    databaseState:
      'The database has duplicates (customers with two cards), phones and e-mails written in several ways or incomplete, postal codes that lost their leading zero and misspelt town names. It must be cleaned and merged before any personalised campaign.',
  },
  general: {
    what: 'Raise the loyalty of "Tarjeta Amiga" cardholders',
    where: 'in the three bakeries in Burgos and the web shop',
    whatFor: 'to grow sales without relying on winning new customers at any cost',
  },
  objectives: {
    churn: { description: 'Fewer cardholders stop buying within a year, above all class A customers.', owner: 'Lucía Pardo, manager' },
    wallet: { description: 'Our best customers also buy from us the cakes and orders they now buy elsewhere.', owner: 'Nerea Soto, marketing' },
    active: { description: 'Turn the leads from the web and the contests into active customers.', owner: 'Nerea Soto, marketing' },
    opponents: { description: 'Reduce the number of opponent customers by solving their complaints one by one.', owner: 'Andrés Gil, Gamonal shop manager' },
  },
  strategies: {
    welcome: {
      name: 'Welcome for new sign-ups',
      offer: 'A free coffee and croissant with the first purchase made with the card.',
      messages: [
        { text: 'Thanks for joining "Tarjeta Amiga". Come and see us this week: coffee and croissant are on us.' },
        { channel: 'email', text: 'Welcome e-mail with the voucher and the opening hours of the three shops.' },
        { channel: 'social', text: 'Instagram story introducing the bakery team to new followers.' },
      ],
      responseProtocol: 'Questions arriving by e-mail or Instagram are answered within 24 hours; every voucher redeemed is recorded at the till with the card.',
      learningGoal: 'Learn which source (web, contest or fair) turns most leads into customers.',
      notes: 'Start with the leads who signed up in the last six months.',
    },
    club: {
      name: '"Tarjeta Amiga" club',
      offer: 'A free sourdough loaf every ten purchases; roscón pre-sale for members.',
      messages: [
        { text: 'You are one of us: with your card, every ten purchases we give you a sourdough loaf.' },
        { channel: 'sms', text: 'Text message when one purchase is left before the gift.' },
        { channel: 'shop', text: 'Poster at the counter and a reminder from the staff at the till.' },
      ],
      responseProtocol: 'Complaints are noted on the customer record and the shop manager calls back within 48 hours.',
      learningGoal: 'Check whether the gift every ten purchases raises the frequency of class A customers.',
      notes: 'Review the cost of the gift every quarter.',
    },
    orders: {
      name: 'Cakes and orders for bread customers',
      offer: '10% off the first cake ordered on the web.',
      messages: [
        { text: 'You know our bread; now try our made-to-order cakes, baked the same day.' },
        { channel: 'email', text: 'E-mail with the cake catalogue to those who buy bread but have never ordered.' },
        { channel: 'web', text: 'Web banner with the discount code.' },
      ],
      responseProtocol: 'Web orders are confirmed by phone the same day.',
      learningGoal: 'Measure how many bread customers start ordering cakes and how much they spend.',
      notes: 'Use the roscón campaign to introduce the web pre-sale.',
    },
    winBack: {
      name: 'We miss you',
      offer: 'A free pastry and a call to find out what went wrong.',
      messages: [
        { text: 'We have not seen you at the bakery for a while. Would you tell us what we could do better?' },
        { channel: 'phone', text: 'Call from the shop manager to the customers who used to buy most.' },
        { channel: 'mail', text: 'Letter with a voucher for a pastry.' },
      ],
      responseProtocol: 'Every answer is kept with its reason for leaving, for the next diagnosis.',
      learningGoal: 'Find out which reasons for leaving can be fixed and which cannot.',
      notes: 'Do not contact those who moved away or asked not to receive advertising.',
    },
  },
  alliances: {
    tactical: { partner: 'Cafés El Tostadero', goal: 'Joint breakfast promotion: their specialty coffee in our cafés.' },
    partial: { partner: 'Gamonal Traders\' Association', goal: 'A discount card shared by the neighbourhood\'s shops.' },
  },
  audiences: {
    management: { message: 'The plan\'s objectives, budget and calendar; what is decided each month.', owner: 'Lucía Pardo' },
    staff: { message: 'Why registering the card properly matters and how the club works.', owner: 'Andrés Gil' },
    shopManagers: { message: 'Weekly follow-up of departures, complaints and vouchers redeemed in each shop.', owner: 'Lucía Pardo' },
    millers: { message: 'Flour forecast for the roscón campaign and the made-to-order cakes.', owner: 'Andrés Gil' },
    partners: { message: 'Calendar of the breakfast promotion and the neighbourhood card.', owner: 'Nerea Soto' },
    customers: { message: 'The benefits of "Tarjeta Amiga" and the season\'s novelties.', owner: 'Nerea Soto' },
  },
  conditions: {
    'management-support': 'The manager presents the plan and reviews the results every month.',
    'gradual-changes': 'First one shop (Gamonal) and, if it works, the other two.',
    'transactional-base': 'The till has recorded every card sale for three years.',
  },
  actions: {
    analysis: { name: 'Analysis of the card data', owner: 'Nerea Soto' },
    cleanup: { name: 'Clean and merge the customer database', owner: 'Nerea Soto' },
    training: { name: 'Train the shop staff to register the card', owner: 'Andrés Gil' },
    welcomeEmail: { name: 'Welcome e-mail for new sign-ups', owner: 'Nerea Soto' },
    club: { name: 'Launch the "Tarjeta Amiga" club', owner: 'Lucía Pardo' },
    survey: { name: 'Satisfaction survey after purchase', owner: 'Nerea Soto' },
    winBack: { name: 'Calls and vouchers for inactive customers', owner: 'Andrés Gil' },
    cakes: { name: 'Made-to-order cakes campaign', owner: 'Nerea Soto' },
    roscon: { name: 'Roscón pre-sale on the web', owner: 'Lucía Pardo' },
  },
  rollout: {
    'customer-centred-strategy': 'The strategy was drawn from the diagnosis of the card data.',
    'roles-redesigned': 'Each shop manager answers for the departures of their shop.',
  },
  kpiOwner: 'Nerea Soto',
  measurementNotes: {
    openRate: 'E-mail tool dashboard',
    followers: 'Instagram account statistics',
    responseRate: 'Vouchers redeemed at the till',
  },
};
