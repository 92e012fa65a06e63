/**
 * Los mensajes en español de las pantallas auxiliares (cómo jugar, configuración,
 * glosario, biblioteca de evidencias). Las claves y los marcadores son los de en.aux.ts;
 * es.ts los incorpora.
 */
import type { enAux } from './en.aux';
import type { Message } from './messages';

export const esAux: Record<keyof typeof enAux, Message> = {
  'aux.back': 'Volver',
  'aux.noScenario': 'Todavía no hay un escenario cargado, así que aquí no hay nada que mostrar.',

  'howto.heading': 'Cómo jugar',
  'howto.intro':
    'Asesoras a un gobierno durante una crisis, un mes por turno. No hay cuentas secretas: después de cada turno, el informe muestra qué cambió y por qué, con las fuentes que lo respaldan.',
  'howto.loop.heading': 'Cada turno',
  'howto.loop.briefing':
    'Sesión informativa: tus objetivos, la situación y los sucesos del mes, cada uno con su fuente y, cuando la fuente las tiene, las palabras exactas (abre una tarjeta para ver más).',
  'howto.loop.decide':
    'Decidir: elige las jugadas de tu gobierno. Cada opción muestra su costo y sus etiquetas; ábrela para ver qué requiere y lo que tus asesores dicen a favor y en contra. Los efectos exactos no se muestran: la incertidumbre es parte de la lección.',
  'howto.loop.respond':
    'Responder: mira las jugadas de los demás gobiernos y respóndelas (aceptar, aceptar con condiciones, protestar, rechazar o tomar represalias).',
  'howto.loop.resolve':
    'Resolver: las reglas aplican las jugadas, las respuestas, las consecuencias que vienen de turnos anteriores y el azar.',
  'howto.loop.report':
    'Informe: primero, el mes en tres líneas (los cambios que más importaron, con sus razones); cada cambio, con la regla que lo causó y sus fuentes, a un clic.',
  'howto.loop.debrief':
    'Después del último mes, el análisis final empieza con el desenlace, la puntuación de cada gobierno frente a la de su inicio y a la que alcanza la computadora, y el momento decisivo; luego tu recorrido, una cronología de las jugadas de cada gobierno, lo que pasó en realidad, las evaluaciones de expertos y preguntas para comentar.',
  'howto.modes.heading': 'Modos',
  'howto.modes.solo':
    'Individual: asesoras a un gobierno; la computadora juega por los demás según las reglas de respuesta del escenario, tomadas de lo que informan las fuentes.',
  'howto.modes.teams':
    'Equipos en un dispositivo, uno por gobierno: cada equipo tiene una visita privada al mes, detrás de una pantalla para pasar el dispositivo; responde a las jugadas más recientes y luego hace las suyas. El informe revela las jugadas de todos los equipos; con dos equipos, el dispositivo cambia de manos como máximo dos veces al mes.',
  'howto.modes.debate':
    'Preparación para un debate: la biblioteca de evidencias reúne los argumentos a favor y en contra de cada opción, con sus palabras y sus fuentes, y se puede imprimir como resumen.',
  'howto.meters.heading': 'Indicadores y puntuación',
  'howto.meters.intro':
    'Dos indicadores principales, normalmente de 0 a 100, forman el plano en el que termina la partida; otros indicadores se mueven con ellos y alimentan las reglas. Algunos indicadores permanecen ocultos hasta el análisis final, y el juego lo avisa.',
  'howto.meters.score':
    'El desenlace es la región con nombre del plano donde termina la partida. Tu puntuación, de 0 a 100, mide qué tan bien cumpliste los objetivos de tu gobierno. Se muestran los dos.',
  'howto.meters.scenario': 'Los indicadores de «{title}»',
  'howto.meters.primary': 'indicador principal',
  'howto.meters.hidden': 'oculto hasta el análisis final',
  'howto.labels.heading': 'Qué significan las etiquetas',
  'howto.label.hypothetical.text':
    'No está en el registro: un turno posterior a los sucesos fechados, o una jugada que ninguna fuente reporta. El juego la desarrolla, pero no ocurrió.',
  'howto.label.disputed.text':
    'Las fuentes no coinciden o una afirmación es dudosa. El juego muestra lo que dice cada parte en lugar de elegir una en silencio.',
  'howto.label.assumption.text':
    'Ninguna fuente reporta esta respuesta o regla; es la mejor estimación del escenario, y su razonamiento se puede leer en el juego.',
  'howto.label.undated.text':
    'Las fuentes no dan una fecha, así que el suceso se coloca donde encaja.',
  'howto.label.composite.text':
    'Un asesor que no es una persona real; sus argumentos citan fuentes reales.',
  'howto.label.quote': 'Cita',
  'howto.label.quote.text':
    'Las palabras entre comillas son textuales de una fuente, con el nombre de quien las dijo y de la fuente. Las fuentes están en inglés, así que cada cita se muestra en inglés, tal como se dijo; cuando el juego tiene una traducción, la muestra al lado, marcada como traducción del juego y sin comillas. Una paráfrasis nunca va entre comillas.',
  'howto.keys.heading': 'Jugar con el teclado',
  'howto.keys.tab': 'Tab y Shift+Tab pasan de un control a otro.',
  'howto.keys.activate': 'Enter o la barra espaciadora presionan el botón que tiene el foco.',
  'howto.keys.arrows':
    'Las teclas de flecha permiten moverse dentro de un grupo de opciones o de una lista.',
  'howto.keys.headings':
    'Cada pantalla empieza con un título, y el foco pasa a él cuando cambia la pantalla; los resultados se anuncian a los lectores de pantalla.',
  'howto.keys.zoom':
    'El zoom del navegador y el tamaño del texto en la configuración agrandan todo.',

  'settings.heading': 'Configuración',
  'settings.note': 'La configuración se guarda en este navegador, en este dispositivo.',
  'settings.textSize': 'Tamaño del texto',
  'settings.textSize.option': '{percent}%',
  'settings.motion': 'Movimiento',
  'settings.reducedMotion': 'Reducir el movimiento: indicadores fijos y sin transiciones',
  'settings.reducedMotion.system': 'Este dispositivo pide reducir el movimiento.',
  'settings.language': 'Idioma',
  'settings.saved': 'Configuración guardada.',

  'glossary.heading': 'Glosario',
  'glossary.search': 'Buscar en el glosario',
  'glossary.count': 'Se muestran {shown} de {total} términos',
  'glossary.none': 'Ningún término coincide con «{query}».',
  'glossary.empty': 'Este escenario no tiene glosario.',

  'evidence.heading': 'Biblioteca de evidencias',
  'evidence.intro':
    'Todas las fichas de evidencia del escenario: quién dijo qué sobre cada opción, con sus palabras y la fuente. Filtra por lado, opción y quién habla, e imprime la selección como resumen.',
  'evidence.filters': 'Filtrar las fichas',
  'evidence.filter.side': 'Lado',
  'evidence.filter.option': 'Opción',
  'evidence.filter.speaker': 'Quién habla',
  'evidence.filter.all': 'Cualquiera',
  'evidence.filter.reset': 'Quitar los filtros',
  'evidence.print': 'Imprimir el resumen',
  'evidence.cards.heading': 'Fichas de evidencia',
  'evidence.count': 'Se muestran {shown} de {total} fichas',
  'evidence.selection': 'Lado: {side}. Opción: {option}. Quién habla: {speaker}.',
  'evidence.none': 'Ninguna ficha coincide con estos filtros.',
  'evidence.empty': 'Este escenario no tiene fichas de evidencia.',
  'evidence.bearsOn': 'Se refiere a',
  'evidence.for': 'A favor',
  'evidence.against': 'En contra',
  'evidence.stance': '{stance}: {option} ({role})',
  'evidence.general': 'Contexto general (ninguna opción en particular)',
  'evidence.disputes.heading': 'Controversias',
  'evidence.disputes.intro':
    'Cuando las fuentes no coinciden o una afirmación es dudosa, el juego lo dice en lugar de elegir.',
  'evidence.disputes.about': 'Se refiere a:',
  'evidence.disputes.empty': 'Este escenario no señala controversias.',
  'evidence.allSources': 'Todas las fuentes',
  'sources.heading': 'Fuentes',
  'sources.intro':
    'Los artículos en los que se basa este escenario, con lo que se sabe de cada uno. En el texto del juego, cada uno se nombra por su nombre corto.',
  'sources.short': 'Se cita en el texto como',
  'sources.outlet': 'Medio',
  'sources.date': 'Fecha',
  'sources.unknown': 'El artículo no lo dice',
  'sources.cited': 'Citas',
  'sources.citedCount': {
    one: 'Una vez en el escenario',
    many: '{count} veces en el escenario',
    other: '{count} veces en el escenario',
  },
  'sources.file': 'Leído del archivo',
};
