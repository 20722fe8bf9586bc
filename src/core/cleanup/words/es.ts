import type { CleanupWords } from './types.ts';

export const es: CleanupWords = {
  credit: ['foto', 'fotos', 'fotografía', 'imagen', 'imágenes', 'crédito', 'créditos', 'fuente', 'vídeo', 'video'],
  by: ['por'],
  ui: ['publicidad', 'anuncio', 'leer más', 'compartir', 'imprimir', 'cerrar', 'ampliar', 'volver arriba', 'sin comentarios'],
  related: ['lee también', 'leer también', 'lea también', 'te puede interesar', 'le puede interesar', 'relacionado', 'relacionados', 'relacionadas', 'noticias relacionadas', 'ver también', 'lo más leído', 'más noticias', 'quizás te interese'],
  stamp: ['publicado', 'actualizado', 'act', 'hace', 'día', 'días', 'hora', 'horas', 'minuto', 'minutos', 'ayer', 'hoy'],
  date: [
    'enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'setiembre', 'octubre', 'noviembre', 'diciembre',
    'ene', 'abr', 'ago', 'dic',
    'lunes', 'martes', 'miércoles', 'jueves', 'viernes', 'sábado', 'domingo', 'de', 'del', 'a', 'las', 'el', 'y', 'hs', 'h',
  ],
  rights: ['todos los derechos reservados'],
  disclosure: ['enlaces de afiliados', 'enlaces de afiliado', 'contenido patrocinado', 'artículo patrocinado', 'recibir una comisión'],
  follow: ['síguenos', 'siguenos', 'sígannos', 'suscríbete a nuestro', 'encuéntranos'],
  followName: ['sigue a', 'siga a', 'únete a'],
  author: ['sobre el autor', 'sobre la autora', 'acerca del autor'],
};
