import type { CleanupWords } from './types.ts';

export const pt: CleanupWords = {
  credit: ['foto', 'fotos', 'fotografia', 'imagem', 'imagens', 'crédito', 'créditos', 'fonte', 'vídeo'],
  by: ['por'],
  ui: ['publicidade', 'anúncio', 'leia mais', 'compartilhar', 'partilhar', 'imprimir', 'fechar', 'ampliar', 'voltar ao topo', 'sem comentários'],
  related: ['veja também', 'leia também', 'leia mais', 'saiba mais', 'relacionadas', 'notícias relacionadas', 'veja mais', 'mais lidas', 'recomendado', 'recomendados', 'mais notícias'],
  stamp: ['publicado', 'publicada', 'atualizado', 'atualizada', 'actualizado', 'há', 'dia', 'dias', 'hora', 'horas', 'minuto', 'minutos', 'ontem', 'hoje'],
  date: [
    'janeiro', 'fevereiro', 'março', 'abril', 'maio', 'junho', 'julho', 'agosto', 'setembro', 'outubro', 'novembro', 'dezembro',
    'jan', 'fev', 'mar', 'abr', 'mai', 'jun', 'jul', 'ago', 'set', 'out', 'nov', 'dez',
    'segunda', 'terça', 'quarta', 'quinta', 'sexta', 'feira', 'segunda-feira', 'terça-feira', 'quarta-feira', 'quinta-feira', 'sexta-feira', 'sábado', 'domingo', 'de', 'às', 'as', 'em', 'e', 'h',
  ],
  rights: ['todos os direitos reservados'],
  disclosure: ['links de afiliados', 'links afiliados', 'conteúdo patrocinado', 'artigo patrocinado', 'receber uma comissão'],
  follow: ['siga-nos', 'curta nossa', 'inscreva-se no nosso'],
  followName: ['siga', 'sigam', 'curta a', 'acompanhe', 'junte-se a'],
  author: ['sobre o autor', 'sobre a autora'],
};
