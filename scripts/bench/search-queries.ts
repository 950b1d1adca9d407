/** The fixed queries both search benchmarks run: a unit, a theme, a Traditional query, an indicator, a number, a phrase. */
export const BENCH_QUERIES = ['市科技局', '专利导航', '質押融資', '每万人口高价值发明专利拥有量', '2.5万件', '知识产权保护中心'] as const;
