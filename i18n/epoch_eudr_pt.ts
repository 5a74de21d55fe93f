<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt" sourcelanguage="en">
<context>
    <name>AssessmentActions</name>
    <message>
        <location filename="../ui/assessment_actions.py"/>
        <source>Check sample</source>
        <translation>Amostra de controlo</translation>
    </message>
    <message>
        <location filename="../ui/assessment_actions.py"/>
        <source>{n} producers are loaded: select the producers to report on (in the table or on the map); a report covers at most {limit} producers without a selection.</source>
        <translation>Estão carregados {n} produtores: selecione os produtores a incluir no relatório (na tabela ou no mapa); sem seleção, um relatório abrange no máximo {limit} produtores.</translation>
    </message>
    <message>
        <source>Cannot open the assessments ({source}): load the assessments again.</source>
        <translation type="obsolete">Não é possível abrir as avaliações ({source}): carregue as avaliações novamente.</translation>
    </message>
    <message>
        <source>high risk</source>
        <translation type="obsolete">risco elevado</translation>
    </message>
    <message>
        <source>standard risk</source>
        <translation type="obsolete">risco normal</translation>
    </message>
    <message>
        <source>low risk</source>
        <translation type="obsolete">risco baixo</translation>
    </message>
    <message>
        <source>unknown country</source>
        <translation type="obsolete">país desconhecido</translation>
    </message>
    <message>
        <source>{risk}: {picked} of {population} ({share} %)</source>
        <translation type="obsolete">{risk}: {picked} de {population} ({share} %)</translation>
    </message>
    <message>
        <source>Check sample (seed {seed}): {producers}, {rows}: {classes}</source>
        <translation type="obsolete">Amostra de controlo (semente {seed}): {producers}, {rows}: {classes}</translation>
    </message>
    <message>
        <source>; </source>
        <translation type="obsolete">; </translation>
    </message>
    <message>
        <source>no producers</source>
        <translation type="obsolete">nenhum produtor</translation>
    </message>
    <message>
        <source>{n} producer</source>
        <translation type="obsolete">{n} produtor</translation>
    </message>
    <message>
        <source>{n} producers</source>
        <translation type="obsolete">{n} produtores</translation>
    </message>
    <message>
        <source>{n} row</source>
        <translation type="obsolete">{n} linha</translation>
    </message>
    <message>
        <source>{n} rows</source>
        <translation type="obsolete">{n} linhas</translation>
    </message>
    <message>
        <source>Check sample (seed {seed}): {producers} producer(s), {rows} row(s): {classes}</source>
        <translation type="obsolete">Amostra de controlo (semente {seed}): {producers} produtor(es), {rows} linha(s): {classes}</translation>
    </message>
    <message>
        <source>The check sample could not be drawn: see the Processing log.</source>
        <translation type="obsolete">Não foi possível sortear a amostra de controlo: consulte o registo de mensagens (separador Processamento).</translation>
    </message>
</context>
<context>
    <name>AssessmentsTab</name>
    <message>
        <location filename="../ui/assessment_filters.py"/>
        <source>QGIS refused the filter on the layer ({filter}): the map shows every producer.</source>
        <translation>O QGIS recusou o filtro na camada ({filter}): o mapa mostra todos os produtores.</translation>
    </message>
    <message>
        <location filename="../ui/assessment_labels.py"/>
        <source>Flat</source>
        <translation>Lista simples</translation>
    </message>
    <message>
        <location filename="../ui/assessment_labels.py"/>
        <source>Grouped by producer</source>
        <translation>Agrupado por produtor</translation>
    </message>
    <message>
        <location filename="../ui/assessment_labels.py"/>
        <source>Drill-down plots</source>
        <translation>Parcelas em detalhe</translation>
    </message>
    <message>
        <location filename="../ui/assessment_labels.py"/>
        <source>Total Assessments</source>
        <translation>Total de avaliações</translation>
    </message>
    <message>
        <location filename="../ui/assessment_labels.py"/>
        <source>Medium Risk (≤5%)</source>
        <translation>Risco médio (≤5%)</translation>
    </message>
    <message>
        <location filename="../ui/assessment_labels.py"/>
        <source>No non-compliant area and no non-compliant plot.</source>
        <translation>Nenhuma área e nenhuma parcela não conformes.</translation>
    </message>
    <message>
        <location filename="../ui/assessment_labels.py"/>
        <source>More than {share} % of the area or more than {plots} plots non-compliant.</source>
        <translation>Mais de {share} % da área ou mais de {plots} parcelas não conformes.</translation>
    </message>
    <message>
        <location filename="../ui/assessment_labels.py"/>
        <source>Some non-compliance: at most {share} % of the area and at most {plots} plots.</source>
        <translation>Alguma não conformidade: no máximo {share} % da área e no máximo {plots} parcelas.</translation>
    </message>
    <message>
        <location filename="../ui/assessment_labels.py"/>
        <source>No confidence level and no non-compliance figure, or a figure that cannot be used (the layer&apos;s Skip reason field says which).</source>
        <translation>Sem nível de confiança nem valor de não conformidade, ou um valor inutilizável (o campo Motivo de omissão da camada diz qual).</translation>
    </message>
    <message>
        <location filename="../ui/assessment_labels.py"/>
        <source>At most {area} ha deforested after 2020.</source>
        <translation>No máximo {area} ha desmatados após 2020.</translation>
    </message>
    <message>
        <location filename="../ui/assessment_labels.py"/>
        <source>More than {area} ha deforested after 2020.</source>
        <translation>Mais de {area} ha desmatados após 2020.</translation>
    </message>
    <message>
        <location filename="../ui/assessment_labels.py"/>
        <source>EU high risk</source>
        <translation>UE: risco elevado</translation>
    </message>
    <message>
        <location filename="../ui/assessment_labels.py"/>
        <source>EU standard risk</source>
        <translation>UE: risco normal</translation>
    </message>
    <message>
        <location filename="../ui/assessment_labels.py"/>
        <source>EU low risk</source>
        <translation>UE: baixo risco</translation>
    </message>
    <message>
        <location filename="../ui/assessment_labels.py"/>
        <source>EU risk unknown</source>
        <translation>UE: risco desconhecido</translation>
    </message>
    <message>
        <location filename="../ui/assessment_labels.py"/>
        <source>{risk} · {share} %</source>
        <translation>{risk} · {share} %</translation>
    </message>
    <message>
        <location filename="../ui/assessment_labels.py"/>
        <source>{n} producer</source>
        <translation>{n} produtor</translation>
    </message>
    <message>
        <location filename="../ui/assessment_labels.py"/>
        <source>{n} producers</source>
        <translation>{n} produtores</translation>
    </message>
    <message>
        <location filename="../ui/assessment_labels.py"/>
        <source>{assessments} of {producers}: one assessment per collection; a producer with several collections counts once in the check sample.</source>
        <translation>{assessments} de {producers}: uma avaliação por coleção; um produtor com várias coleções conta uma só vez na amostra de controlo.</translation>
    </message>
    <message>
        <location filename="../ui/assessment_labels.py"/>
        <source>{assessments} of {producers} in this class: the check sample picks {share} % of these producers, at least one.</source>
        <translation>{assessments} de {producers} nesta categoria: a amostra de controlo escolhe {share} % destes produtores, pelo menos um.</translation>
    </message>
    <message>
        <location filename="../ui/assessment_labels.py"/>
        <source>Total Plots</source>
        <translation>Total de parcelas</translation>
    </message>
    <message>
        <location filename="../ui/assessment_labels.py"/>
        <source>The plots of the collection drilled down.</source>
        <translation>As parcelas da coleção detalhada.</translation>
    </message>
    <message>
        <location filename="../ui/assessment_plots.py"/>
        <source>All plots</source>
        <translation>Todas as parcelas</translation>
    </message>
    <message>
        <location filename="../ui/assessment_plots.py"/>
        <source>Epoch and the second opinion disagree</source>
        <translation>Epoch e a segunda opinião divergem</translation>
    </message>
    <message>
        <location filename="../ui/assessment_plots.py"/>
        <source>Second opinion: {verdict}</source>
        <translation>Segunda opinião: {verdict}</translation>
    </message>
    <message>
        <location filename="../ui/assessment_plots.py"/>
        <source>Epoch has no plots for {producer}: nothing was added to the map.</source>
        <translation>O Epoch não tem parcelas para {producer}: nada foi adicionado ao mapa.</translation>
    </message>
    <message>
        <location filename="../ui/assessment_plots.py"/>
        <source>Your plot id</source>
        <translation>O seu ID de parcela</translation>
    </message>
    <message>
        <location filename="../ui/assessment_plots.py"/>
        <source>Drill-down plots: {layer}</source>
        <translation>Detalhe: {layer}</translation>
    </message>
    <message>
        <location filename="../ui/dds_actions.py"/>
        <source>Select an assessed producer (Not Assessable rows have no DDS).</source>
        <translation>Selecione um produtor avaliado (as linhas Não avaliável não têm DDS).</translation>
    </message>
    <message>
        <location filename="../ui/dds_actions.py"/>
        <source>Save the Due Diligence Statement</source>
        <translation>Guardar a declaração de diligência devida</translation>
    </message>
    <message>
        <location filename="../ui/dds_actions.py"/>
        <source>ZIP files (*.zip)</source>
        <translation>Ficheiros ZIP (*.zip)</translation>
    </message>
    <message>
        <location filename="../ui/dds_actions.py"/>
        <source>Downloading DDS</source>
        <translation>A descarregar a DDS</translation>
    </message>
    <message>
        <location filename="../ui/dds_actions.py"/>
        <source>Saved {path} ({n} files). Load its GeoJSON as layers or open its PDF with the buttons above.</source>
        <translation>{path} guardado ({n} ficheiros). Carregue o seu GeoJSON como camadas ou abra o seu PDF com os botões acima.</translation>
    </message>
    <message>
        <location filename="../ui/dds_actions.py"/>
        <source>Cannot read {path} ({reason}): download the DDS again.</source>
        <translation>Não é possível ler {path} ({reason}): descarregue a DDS novamente.</translation>
    </message>
    <message>
        <location filename="../ui/dds_actions.py"/>
        <source>{n} DDS layer added.</source>
        <translation>{n} camada da DDS adicionada.</translation>
    </message>
    <message>
        <location filename="../ui/dds_actions.py"/>
        <source>{n} DDS layers added.</source>
        <translation>{n} camadas da DDS adicionadas.</translation>
    </message>
    <message>
        <location filename="../ui/dds_actions.py"/>
        <source>Opening the DDS PDF</source>
        <translation>A abrir o PDF da DDS</translation>
    </message>
    <message>
        <location filename="../ui/wdg_assessments.py"/>
        <source>Load assessments</source>
        <translation>Carregar avaliações</translation>
    </message>
    <message>
        <location filename="../ui/wdg_assessments.py"/>
        <source>Assessments per EU country risk class (Implementing Regulation (EU) 2025/1093) and the share of operators a competent authority checks each year.</source>
        <translation>Avaliações por categoria de risco do país na UE (Regulamento de Execução (UE) 2025/1093) e a percentagem de operadores que uma autoridade competente controla por ano.</translation>
    </message>
    <message>
        <location filename="../ui/wdg_assessments.py"/>
        <source>All statuses</source>
        <translation>Todos os estados</translation>
    </message>
    <message>
        <location filename="../ui/wdg_assessments.py"/>
        <source>Search producer, commodity, country ...</source>
        <translation>Pesquisar produtor, produto de base, país ...</translation>
    </message>
    <message>
        <location filename="../ui/wdg_assessments.py"/>
        <source>All EU risk classes</source>
        <translation>Todos os riscos UE</translation>
    </message>
    <message>
        <location filename="../ui/wdg_assessments.py"/>
        <source>Sample only</source>
        <translation>Só a amostra</translation>
    </message>
    <message>
        <location filename="../ui/wdg_assessments.py"/>
        <source>Only the producers in the check sample drawn (the table and the map).</source>
        <translation>Apenas os produtores da amostra de controlo sorteada (na tabela e no mapa).</translation>
    </message>
    <message>
        <location filename="../ui/wdg_assessments.py"/>
        <source>No producer matches these filters: the map shows none either.</source>
        <translation>Nenhum produtor corresponde a estes filtros: o mapa também não mostra nenhum.</translation>
    </message>
    <message>
        <location filename="../ui/wdg_assessments.py"/>
        <source>Clear filters</source>
        <translation>Limpar filtros</translation>
    </message>
    <message>
        <location filename="../ui/wdg_assessments.py"/>
        <source>Sample</source>
        <translation>Amostra</translation>
    </message>
    <message>
        <location filename="../ui/wdg_assessments.py"/>
        <source>Drill down</source>
        <translation>Detalhar</translation>
    </message>
    <message>
        <location filename="../ui/wdg_assessments.py"/>
        <source>Download DDS</source>
        <translation>Descarregar DDS</translation>
    </message>
    <message>
        <location filename="../ui/wdg_assessments.py"/>
        <source>Check sample</source>
        <translation>Amostra</translation>
    </message>
    <message>
        <location filename="../ui/wdg_assessments.py"/>
        <source>Pick the producers to check: at least 9 % / 3 % / 1 % per EU country risk class, highest Epoch risk first (the same seed gives the same sample).</source>
        <translation>Escolher os produtores a controlar: pelo menos 9 % / 3 % / 1 % por categoria de risco do país na UE, com o maior risco Epoch primeiro (a mesma semente dá a mesma amostra).</translation>
    </message>
    <message>
        <location filename="../ui/wdg_assessments.py"/>
        <source>seed </source>
        <translation>semente </translation>
    </message>
    <message>
        <location filename="../ui/wdg_assessments.py"/>
        <source>Breaks ties between equally risky producers; keep it to draw the same sample again.</source>
        <translation>Desempata produtores com o mesmo risco; mantenha-a para sortear de novo a mesma amostra.</translation>
    </message>
    <message>
        <location filename="../ui/wdg_assessments.py"/>
        <source>Field report (PDF)</source>
        <translation>Relatório de campo</translation>
    </message>
    <message>
        <location filename="../ui/wdg_assessments.py"/>
        <source>A PDF section per selected producer (or all, up to 200): map, plots to visit with coordinates, risks; and a QField-ready copy next to it.</source>
        <translation>Uma secção do PDF por produtor selecionado (ou todos, até 200): mapa, parcelas a visitar com coordenadas, riscos; e, ao lado, uma cópia pronta para o QField.</translation>
    </message>
    <message>
        <location filename="../ui/wdg_assessments.py"/>
        <source>Open PDF</source>
        <translation>Abrir PDF</translation>
    </message>
    <message>
        <location filename="../ui/wdg_assessments.py"/>
        <source>Open the last field report written (PDF).</source>
        <translation>Abrir o último relatório de campo escrito (PDF).</translation>
    </message>
    <message>
        <location filename="../ui/wdg_assessments.py"/>
        <source>QGIS refused the filter on the layer ({filter}): the map shows every plot.</source>
        <translation>O QGIS recusou o filtro na camada ({filter}): o mapa mostra todas as parcelas.</translation>
    </message>
    <message>
        <location filename="../ui/wdg_assessments.py"/>
        <source>Load DDS layers</source>
        <translation>Carregar camadas da DDS</translation>
    </message>
    <message>
        <location filename="../ui/wdg_assessments.py"/>
        <source>Open DDS PDF</source>
        <translation>Abrir PDF da DDS</translation>
    </message>
    <message>
        <location filename="../ui/wdg_assessments.py"/>
        <source>Cannot read the table: {reason}</source>
        <translation>Não é possível ler a tabela: {reason}</translation>
    </message>
    <message>
        <location filename="../ui/wdg_assessments.py"/>
        <source>Not Assessable: there is no DDS to export.</source>
        <translation>Não avaliável: não há DDS para exportar.</translation>
    </message>
    <message>
        <location filename="../ui/wdg_assessments.py"/>
        <source>Loading assessments</source>
        <translation>A carregar as avaliações</translation>
    </message>
    <message>
        <location filename="../ui/wdg_assessments.py"/>
        <source>No plot matches this filter: the map shows none either.</source>
        <translation>Nenhuma parcela corresponde a este filtro: o mapa também não mostra nenhuma.</translation>
    </message>
    <message>
        <location filename="../ui/wdg_assessments.py"/>
        <source>All commodities</source>
        <translation>Todos os produtos</translation>
    </message>
    <message>
        <location filename="../ui/wdg_assessments.py"/>
        <source>All countries</source>
        <translation>Todos os países</translation>
    </message>
    <message>
        <location filename="../ui/wdg_assessments.py"/>
        <source>Select a producer row first.</source>
        <translation>Selecione primeiro a linha de um produtor.</translation>
    </message>
    <message>
        <location filename="../ui/wdg_assessments.py"/>
        <source>Drill-down: {producer}</source>
        <translation>Detalhe: {producer}</translation>
    </message>
    <message>
        <location filename="../ui/wdg_assessments.py"/>
        <source>Drill-down</source>
        <translation>Detalhe</translation>
    </message>
    <message>
        <location filename="../ui/wdg_assessments.py"/>
        <source>Load the assessments first.</source>
        <translation>Carregue primeiro as avaliações.</translation>
    </message>
    <message>
        <location filename="../ui/wdg_assessments.py"/>
        <source>Drawing the check sample</source>
        <translation>A sortear a amostra de controlo</translation>
    </message>
    <message>
        <location filename="../ui/wdg_assessments.py"/>
        <source>The check sample is empty: no producers loaded.</source>
        <translation>A amostra de controlo está vazia: nenhum produtor carregado.</translation>
    </message>
    <message>
        <location filename="../ui/wdg_assessments.py"/>
        <source>Save the field report</source>
        <translation>Guardar o relatório de campo</translation>
    </message>
    <message>
        <location filename="../ui/wdg_assessments.py"/>
        <source>PDF files (*.pdf)</source>
        <translation>Ficheiros PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../ui/wdg_assessments.py"/>
        <source>Writing the field report</source>
        <translation>A escrever o relatório de campo</translation>
    </message>
    <message>
        <location filename="../ui/wdg_assessments.py"/>
        <source>Open {path} in the PDF viewer</source>
        <translation>Abrir {path} no visualizador de PDF</translation>
    </message>
    <message>
        <location filename="../ui/wdg_assessments.py"/>
        <source>Collection {id} is ready: load the assessments to see it.</source>
        <translation>A coleção {id} está pronta: carregue as avaliações para a ver.</translation>
    </message>
    <message>
        <location filename="../ui/wdg_assessments.py"/>
        <source>{n} collections are ready: load the assessments to see them.</source>
        <translation>{n} coleções estão prontas: carregue as avaliações para as ver.</translation>
    </message>
    <message>
        <source>Total Producers</source>
        <translation type="obsolete">Total de produtores</translation>
    </message>
    <message>
        <source>Producers per EU country risk class (Implementing Regulation (EU) 2025/1093) and the share of operators a competent authority checks each year.</source>
        <translation type="obsolete">Produtores por categoria de risco do país na UE (Regulamento de Execução (UE) 2025/1093) e a percentagem de operadores que uma autoridade competente controla por ano.</translation>
    </message>
    <message>
        <source>{n} DDS layer(s) added.</source>
        <translation type="obsolete">Camadas da DDS adicionadas: {n}.</translation>
    </message>
    <message>
        <source>Second opinion: NON_COMPLIANT</source>
        <translation type="obsolete">Segunda opinião: NON_COMPLIANT</translation>
    </message>
    <message>
        <source>Second opinion: NEEDS_REVIEW</source>
        <translation type="obsolete">Segunda opinião: NEEDS_REVIEW</translation>
    </message>
</context>
<context>
    <name>AuthConfig</name>
    <message>
        <location filename="../connection/auth_config.py"/>
        <source>The QGIS authentication system is not available: open Settings &gt; Options &gt; Authentication and set a master password.</source>
        <translation>O sistema de autenticação do QGIS não está disponível: abra Configurações &gt; Opções &gt; Autenticação e defina uma palavra-passe mestra.</translation>
    </message>
    <message>
        <location filename="../connection/auth_config.py"/>
        <source>Unknown login kind {kind}</source>
        <translation>Tipo de início de sessão desconhecido: {kind}</translation>
    </message>
    <message>
        <location filename="../connection/auth_config.py"/>
        <source>Enter both the email (or user id) and the password (or API key).</source>
        <translation>Introduza o e-mail (ou ID de utilizador) e a palavra-passe (ou chave API).</translation>
    </message>
    <message>
        <location filename="../connection/auth_config.py"/>
        <source>QGIS could not store the credentials (is the master password set?).</source>
        <translation>O QGIS não conseguiu guardar as credenciais (a palavra-passe mestra está definida?).</translation>
    </message>
    <message>
        <location filename="../connection/auth_config.py"/>
        <source>No Epoch login configured: pick or create an authentication configuration.</source>
        <translation>Nenhum início de sessão Epoch configurado: escolha ou crie uma configuração de autenticação.</translation>
    </message>
    <message>
        <location filename="../connection/auth_config.py"/>
        <source>Authentication configuration &apos;{authcfg}&apos; was not found or could not be decrypted (check the QGIS master password).</source>
        <translation>A configuração de autenticação &apos;{authcfg}&apos; não foi encontrada ou não pôde ser desencriptada (verifique a palavra-passe mestra do QGIS).</translation>
    </message>
    <message>
        <location filename="../connection/auth_config.py"/>
        <source>Authentication configuration &apos;{name}&apos; uses the {method} method; Epoch needs a Basic configuration (email and password, or user id and API key).</source>
        <translation>A configuração de autenticação &apos;{name}&apos; usa o método {method}; o Epoch precisa de uma configuração Basic (e-mail e palavra-passe, ou ID de utilizador e chave API).</translation>
    </message>
    <message>
        <location filename="../connection/auth_config.py"/>
        <source>The authentication configuration has an empty user name or password.</source>
        <translation>A configuração de autenticação tem o nome de utilizador ou a palavra-passe vazios.</translation>
    </message>
</context>
<context>
    <name>ChangeStyles</name>
    <message>
        <location filename="../layers/styles/changes.py"/>
        <source>Status worse</source>
        <translation>Estado agravado</translation>
    </message>
    <message>
        <location filename="../layers/styles/changes.py"/>
        <source>New producer</source>
        <translation>Novo produtor</translation>
    </message>
    <message>
        <location filename="../layers/styles/changes.py"/>
        <source>Producer gone</source>
        <translation>Produtor desaparecido</translation>
    </message>
    <message>
        <location filename="../layers/styles/changes.py"/>
        <source>Same status, figures changed</source>
        <translation>Mesmo estado, valores alterados</translation>
    </message>
    <message>
        <location filename="../layers/styles/changes.py"/>
        <source>Status better</source>
        <translation>Estado melhorado</translation>
    </message>
    <message>
        <location filename="../layers/styles/changes.py"/>
        <source>Unchanged</source>
        <translation>Sem alteração</translation>
    </message>
    <message>
        <location filename="../layers/styles/changes.py"/>
        <source>Change</source>
        <translation>Alteração</translation>
    </message>
    <message>
        <location filename="../layers/styles/changes.py"/>
        <source>Change (label)</source>
        <translation>Alteração (rótulo)</translation>
    </message>
    <message>
        <location filename="../layers/styles/changes.py"/>
        <source>What changed</source>
        <translation>O que mudou</translation>
    </message>
    <message>
        <location filename="../layers/styles/changes.py"/>
        <source>Collection</source>
        <translation>Coleção</translation>
    </message>
    <message>
        <location filename="../layers/styles/changes.py"/>
        <source>Producer</source>
        <translation>Produtor</translation>
    </message>
    <message>
        <location filename="../layers/styles/changes.py"/>
        <source>Commodity</source>
        <translation>Produto de base</translation>
    </message>
    <message>
        <location filename="../layers/styles/changes.py"/>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <location filename="../layers/styles/changes.py"/>
        <source>Status before</source>
        <translation>Estado antes</translation>
    </message>
    <message>
        <location filename="../layers/styles/changes.py"/>
        <source>Status now</source>
        <translation>Estado agora</translation>
    </message>
    <message>
        <location filename="../layers/styles/changes.py"/>
        <source>Risk rank before</source>
        <translation>Nível de risco antes</translation>
    </message>
    <message>
        <location filename="../layers/styles/changes.py"/>
        <source>Risk rank now</source>
        <translation>Nível de risco agora</translation>
    </message>
    <message>
        <location filename="../layers/styles/changes.py"/>
        <source>NC plots before</source>
        <translation>Parcelas NC antes</translation>
    </message>
    <message>
        <location filename="../layers/styles/changes.py"/>
        <source>NC plots now</source>
        <translation>Parcelas NC agora</translation>
    </message>
    <message>
        <location filename="../layers/styles/changes.py"/>
        <source>NC plots</source>
        <translation>Parcelas NC</translation>
    </message>
    <message>
        <location filename="../layers/styles/changes.py"/>
        <source>NC % before</source>
        <translation>% NC antes</translation>
    </message>
    <message>
        <location filename="../layers/styles/changes.py"/>
        <source>NC % now</source>
        <translation>% NC agora</translation>
    </message>
    <message>
        <location filename="../layers/styles/changes.py"/>
        <source>NC %</source>
        <translation>% NC</translation>
    </message>
    <message>
        <location filename="../layers/styles/changes.py"/>
        <source>Article 10 before</source>
        <translation>Artigo 10.º antes</translation>
    </message>
    <message>
        <location filename="../layers/styles/changes.py"/>
        <source>Article 10 now</source>
        <translation>Artigo 10.º agora</translation>
    </message>
    <message>
        <location filename="../layers/styles/changes.py"/>
        <source>Article 10</source>
        <translation>Artigo 10.º</translation>
    </message>
    <message>
        <location filename="../layers/styles/changes.py"/>
        <source>Draw order</source>
        <translation>Ordem de desenho</translation>
    </message>
    <message>
        <location filename="../layers/styles/changes.py"/>
        <source>Matched by</source>
        <translation>Correspondência por</translation>
    </message>
    <message>
        <location filename="../layers/styles/changes.py"/>
        <source>Compared with</source>
        <translation>Comparado com</translation>
    </message>
    <message>
        <location filename="../layers/styles/changes.py"/>
        <source>{before} → {after}</source>
        <translation>{before} → {after}</translation>
    </message>
    <message>
        <location filename="../layers/styles/changes.py"/>
        <source>NC plots {before} → {after}</source>
        <translation>Parcelas NC {before} → {after}</translation>
    </message>
    <message>
        <location filename="../layers/styles/changes.py"/>
        <source>NC % {before} → {after}</source>
        <translation>% NC {before} → {after}</translation>
    </message>
    <message>
        <location filename="../layers/styles/changes.py"/>
        <source>Article 10 {before} → {after}</source>
        <translation>Artigo 10.º {before} → {after}</translation>
    </message>
    <message>
        <location filename="../layers/styles/changes.py"/>
        <source>was {status}</source>
        <translation>era {status}</translation>
    </message>
    <message>
        <location filename="../layers/styles/changes.py"/>
        <source>unchanged</source>
        <translation>sem alterações</translation>
    </message>
    <message>
        <location filename="../layers/styles/changes.py"/>
        <source>Compared with the load kept as {snapshot}</source>
        <translation>Comparado com o carregamento guardado como {snapshot}</translation>
    </message>
    <message>
        <location filename="../layers/styles/changes.py"/>
        <source>Compared with the layer {layer}</source>
        <translation>Comparado com a camada {layer}</translation>
    </message>
    <message>
        <location filename="../layers/styles/changes.py"/>
        <source>Compared with {what}</source>
        <translation>Comparado com {what}</translation>
    </message>
    <message>
        <location filename="../layers/styles/changes.py"/>
        <source>{producer} ({commodity}, {country})</source>
        <translation>{producer} ({commodity}, {country})</translation>
    </message>
    <message>
        <source>new: {status}</source>
        <translation type="obsolete">novo: {status}</translation>
    </message>
    <message>
        <source>gone (was {status})</source>
        <translation type="obsolete">desaparecido (era {status})</translation>
    </message>
</context>
<context>
    <name>Changes</name>
    <message>
        <location filename="../layers/operations/changes.py"/>
        <source>No producer worse since {since}</source>
        <translation>Nenhum produtor agravado desde {since}</translation>
    </message>
    <message>
        <location filename="../layers/operations/changes.py"/>
        <source>1 producer worse since {since}</source>
        <translation>1 produtor agravado desde {since}</translation>
    </message>
    <message>
        <location filename="../layers/operations/changes.py"/>
        <source>{n} producers worse since {since}</source>
        <translation>{n} produtores agravados desde {since}</translation>
    </message>
    <message>
        <location filename="../layers/operations/changes.py"/>
        <source>No change in {n} producer since {since}.</source>
        <translation>Sem alterações em {n} produtor desde {since}.</translation>
    </message>
    <message>
        <location filename="../layers/operations/changes.py"/>
        <source>No change in {n} producers since {since}.</source>
        <translation>Sem alterações em {n} produtores desde {since}.</translation>
    </message>
    <message>
        <location filename="../layers/operations/changes.py"/>
        <source>1 producer changed since {since}: {worse} worse, {better} better, {new} new, {gone} gone, {other} with other figures changed ({both} in both loads).</source>
        <translation>1 produtor alterado desde {since}: agravados: {worse}, melhorados: {better}, novos: {new}, desaparecidos: {gone}, com outros valores alterados: {other} ({both} em ambos os carregamentos).</translation>
    </message>
    <message>
        <location filename="../layers/operations/changes.py"/>
        <source>{n} producers changed since {since}: {worse} worse, {better} better, {new} new, {gone} gone, {other} with other figures changed ({both} in both loads).</source>
        <translation>{n} produtores alterados desde {since}: agravados: {worse}, melhorados: {better}, novos: {new}, desaparecidos: {gone}, com outros valores alterados: {other} ({both} em ambos os carregamentos).</translation>
    </message>
    <message>
        <location filename="../layers/operations/changes.py"/>
        <source>NC plots up for {plots_up}, down for {plots_down}; NC % up for {percent_up}, down for {percent_down}; Article 10 risk changed for {article10}.</source>
        <translation>Parcelas NC a subir para {plots_up}, a descer para {plots_down}; % NC a subir para {percent_up}, a descer para {percent_down}; risco do artigo 10.º alterado para {article10}.</translation>
    </message>
    <message>
        <location filename="../layers/operations/changes.py"/>
        <source>The loads were filtered differently (then: {then}; now: {now}): producers outside a filter show as new or gone.</source>
        <translation>Os carregamentos foram filtrados de forma diferente (antes: {then}; agora: {now}): os produtores fora de um filtro aparecem como novos ou desaparecidos.</translation>
    </message>
    <message>
        <location filename="../layers/operations/changes.py"/>
        <source>no filter</source>
        <translation>sem filtro</translation>
    </message>
    <message>
        <location filename="../layers/operations/changes.py"/>
        <source>The monitoring windows differ (then: {then}; now: {now}): NC figures may move for that reason alone.</source>
        <translation>As janelas de monitorização diferem (antes: {then}; agora: {now}): os valores NC podem mudar só por esse motivo.</translation>
    </message>
    <message>
        <location filename="../layers/operations/changes.py"/>
        <source>the default window</source>
        <translation>a janela predefinida</translation>
    </message>
    <message>
        <location filename="../layers/operations/changes_task.py"/>
        <source>Changes since {when}</source>
        <translation>Alterações desde {when}</translation>
    </message>
    <message>
        <source>The monitoring windows differ (then {then_start} to {then_end}; now {now_start} to {now_end}): NC figures may move for that reason alone.</source>
        <translation type="obsolete">As janelas de monitorização diferem (antes {then_start} – {then_end}; agora {now_start} – {now_end}): os valores NC podem variar só por esse motivo.</translation>
    </message>
    <message>
        <source>default</source>
        <translation type="obsolete">predefinição</translation>
    </message>
    <message>
        <source>today</source>
        <translation type="obsolete">hoje</translation>
    </message>
</context>
<context>
    <name>ChangesBox</name>
    <message>
        <location filename="../ui/wdg_changes.py"/>
        <source>1 producer worse since {day}</source>
        <translation>1 produtor com estado agravado desde {day}</translation>
    </message>
    <message>
        <location filename="../ui/wdg_changes.py"/>
        <source>{n} producers worse since {day}</source>
        <translation>{n} produtores com estado agravado desde {day}</translation>
    </message>
    <message>
        <location filename="../ui/wdg_changes.py"/>
        <source>1 producer worse since the earlier load</source>
        <translation>1 produtor agravado desde o carregamento anterior</translation>
    </message>
    <message>
        <location filename="../ui/wdg_changes.py"/>
        <source>{n} producers worse since the earlier load</source>
        <translation>{n} produtores agravados desde o carregamento anterior</translation>
    </message>
    <message>
        <location filename="../ui/wdg_changes.py"/>
        <source>1 producer changed since {day}</source>
        <translation>1 produtor alterado desde {day}</translation>
    </message>
    <message>
        <location filename="../ui/wdg_changes.py"/>
        <source>{n} producers changed since {day}</source>
        <translation>{n} produtores alterados desde {day}</translation>
    </message>
    <message>
        <location filename="../ui/wdg_changes.py"/>
        <source>1 producer changed since the earlier load</source>
        <translation>1 produtor alterado desde o carregamento anterior</translation>
    </message>
    <message>
        <location filename="../ui/wdg_changes.py"/>
        <source>{n} producers changed since the earlier load</source>
        <translation>{n} produtores alterados desde o carregamento anterior</translation>
    </message>
    <message>
        <location filename="../ui/wdg_changes.py"/>
        <source>No change since {day}</source>
        <translation>Nenhuma alteração desde {day}</translation>
    </message>
    <message>
        <location filename="../ui/wdg_changes.py"/>
        <source>No change since the earlier load</source>
        <translation>Sem alterações desde o carregamento anterior</translation>
    </message>
    <message>
        <location filename="../ui/wdg_changes.py"/>
        <source>worse: {worse} · better: {better} · new: {new} · gone: {gone}</source>
        <translation>agravados: {worse} · melhorados: {better} · novos: {new} · desaparecidos: {gone}</translation>
    </message>
    <message>
        <location filename="../ui/wdg_changes.py"/>
        <source>The earlier load to compare the assessments shown with (kept in the results file).</source>
        <translation>O carregamento anterior com que comparar as avaliações apresentadas (guardado no ficheiro de resultados).</translation>
    </message>
    <message>
        <location filename="../ui/wdg_changes.py"/>
        <source>Show changes</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <location filename="../ui/wdg_changes.py"/>
        <source>A layer of what changed since that load: worse in red, better in green, new, gone, NC plots and Article 10 risk moved.</source>
        <translation>Uma camada do que mudou desde esse carregamento: agravados a vermelho, melhorados a verde, novos, desaparecidos, parcelas NC e risco do artigo 10.º alterados.</translation>
    </message>
    <message>
        <location filename="../ui/wdg_changes.py"/>
        <source>Changes since</source>
        <translation>Alterações desde</translation>
    </message>
    <message>
        <location filename="../ui/wdg_changes.py"/>
        <source>Earlier loads kept in the results file for Changes since: the last N loads, newer than D days (0 = no limit). Older ones are deleted at the next load; the {n} latest are always kept.</source>
        <translation>Carregamentos anteriores guardados no ficheiro de resultados para Alterações desde: os últimos N carregamentos, com menos de D dias (0 = sem limite). Os mais antigos são eliminados no próximo carregamento; os {n} mais recentes são sempre guardados.</translation>
    </message>
    <message>
        <location filename="../ui/wdg_changes.py"/>
        <source>no limit</source>
        <translation>sem limite</translation>
    </message>
    <message>
        <location filename="../ui/wdg_changes.py"/>
        <source>Loads kept:</source>
        <translation>Carregamentos guardados:</translation>
    </message>
    <message>
        <location filename="../ui/wdg_changes.py"/>
        <source>Days kept:</source>
        <translation>Dias guardados:</translation>
    </message>
    <message>
        <location filename="../ui/wdg_changes.py"/>
        <source>Changes not computed: {reason}</source>
        <translation>Alterações não calculadas: {reason}</translation>
    </message>
    <message>
        <source> loads</source>
        <translation type="obsolete"> carregamentos</translation>
    </message>
    <message>
        <source> days</source>
        <translation type="obsolete"> dias</translation>
    </message>
    <message>
        <source>Keep the last</source>
        <translation type="obsolete">Guardar os últimos</translation>
    </message>
    <message>
        <source>within</source>
        <translation type="obsolete">com menos de</translation>
    </message>
    <message>
        <source>the earlier load</source>
        <translation type="obsolete">o carregamento anterior</translation>
    </message>
</context>
<context>
    <name>CheckSample</name>
    <message>
        <location filename="../processing_provider/alg_check_sample.py"/>
        <source>Risk-based check sample (EU country benchmarking)</source>
        <translation>Amostra de controlo baseada no risco (avaliação dos países da UE)</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_check_sample.py"/>
        <source>Picks the producers a competent authority checks, from an assessments layer (e.g. the output of fetch_assessments): per EU country risk class (Implementing Regulation (EU) 2025/1093) at least the share of Regulation (EU) 2023/1115, Art. 16 (9 % high, 3 % standard, 1 % low; rounded up, at least one per class), highest Epoch risk first (risk rank, then non-compliant area, then non-compliant plots). Producers whose country is unknown are sampled at the standard share. SEED breaks ties and draws the RANDOM_SHARE of each class at random: the same seed gives the same sample. Writes every row of the picked producers with eu_country_risk, eu_check_share, sample_order and sample_reason. No server.</source>
        <translation>Escolhe os produtores que uma autoridade competente controla, a partir de uma camada de avaliações (p. ex., o resultado de fetch_assessments): por categoria de risco do país na UE (Regulamento de Execução (UE) 2025/1093), pelo menos a percentagem do artigo 16.º do Regulamento (UE) 2023/1115 (9 % risco elevado, 3 % risco normal, 1 % baixo risco; arredondada por excesso, pelo menos um por categoria), com o maior risco Epoch primeiro (nível de risco, depois área não conforme, depois parcelas não conformes). Os produtores cujo país é desconhecido são amostrados com a percentagem do risco normal. SEED desempata e sorteia ao acaso a fração RANDOM_SHARE de cada categoria: a mesma semente dá a mesma amostra. Escreve todas as linhas dos produtores escolhidos com eu_country_risk, eu_check_share, sample_order e sample_reason. Sem servidor.</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_check_sample.py"/>
        <source>Producer assessments</source>
        <translation>Avaliações de produtores</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_check_sample.py"/>
        <source>Selected features only</source>
        <translation>Apenas elementos selecionados</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_check_sample.py"/>
        <source>Seed (ties and random picks)</source>
        <translation>Semente (desempates e escolhas aleatórias)</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_check_sample.py"/>
        <source>Share of each class drawn at random (0 to 1)</source>
        <translation>Fração de cada categoria sorteada ao acaso (0 a 1)</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_check_sample.py"/>
        <source>Check sample</source>
        <translation>Amostra de controlo</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_check_sample.py"/>
        <source>Producers picked per class</source>
        <translation>Produtores escolhidos por categoria</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_check_sample.py"/>
        <source>Rows picked</source>
        <translation>Linhas escolhidas</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_check_sample.py"/>
        <source>Per class: risk, share, population, picked (JSON)</source>
        <translation>Por categoria: risco, percentagem, população, selecionados (JSON)</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_check_sample.py"/>
        <source>No input layer.</source>
        <translation>Nenhuma camada de entrada.</translation>
    </message>
</context>
<context>
    <name>CheckSampleWords</name>
    <message>
        <location filename="../layers/words/check_sample.py"/>
        <source>high risk</source>
        <translation>risco elevado</translation>
    </message>
    <message>
        <location filename="../layers/words/check_sample.py"/>
        <source>standard risk</source>
        <translation>risco normal</translation>
    </message>
    <message>
        <location filename="../layers/words/check_sample.py"/>
        <source>low risk</source>
        <translation>risco baixo</translation>
    </message>
    <message>
        <location filename="../layers/words/check_sample.py"/>
        <source>unknown country</source>
        <translation>país desconhecido</translation>
    </message>
    <message>
        <location filename="../layers/words/check_sample.py"/>
        <source>{risk}: {picked} of {population} ({share} %)</source>
        <translation>{risk}: {picked} de {population} ({share} %)</translation>
    </message>
    <message>
        <location filename="../layers/words/check_sample.py"/>
        <source>Check sample (seed {seed}): {producers}, {rows}: {classes}</source>
        <translation>Amostra de controlo (semente {seed}): {producers}, {rows}: {classes}</translation>
    </message>
    <message>
        <location filename="../layers/words/check_sample.py"/>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <location filename="../layers/words/check_sample.py"/>
        <source>no producers</source>
        <translation>nenhum produtor</translation>
    </message>
    <message>
        <location filename="../layers/words/check_sample.py"/>
        <source>{n} producer</source>
        <translation>{n} produtor</translation>
    </message>
    <message>
        <location filename="../layers/words/check_sample.py"/>
        <source>{n} producers</source>
        <translation>{n} produtores</translation>
    </message>
    <message>
        <location filename="../layers/words/check_sample.py"/>
        <source>{n} row</source>
        <translation>{n} linha</translation>
    </message>
    <message>
        <location filename="../layers/words/check_sample.py"/>
        <source>{n} rows</source>
        <translation>{n} linhas</translation>
    </message>
</context>
<context>
    <name>Choices</name>
    <message>
        <location filename="../processing_provider/choices.py"/>
        <source>{parameter}: &apos;{value}&apos; is not one of its choices: {choices} (give the name or the number).</source>
        <translation>{parameter}: &apos;{value}&apos; não é uma das opções: {choices} (indique o nome ou o número).</translation>
    </message>
</context>
<context>
    <name>ClientFactory</name>
    <message>
        <location filename="../connection/client_factory.py"/>
        <source>Only {names} is set: set EPOCH_EMAIL and EPOCH_PASSWORD, or EPOCH_API_KEY and EPOCH_USER_ID.</source>
        <translation>Apenas {names} está definido: defina EPOCH_EMAIL e EPOCH_PASSWORD, ou EPOCH_API_KEY e EPOCH_USER_ID.</translation>
    </message>
    <message>
        <location filename="../connection/client_factory.py"/>
        <source>No Epoch login: give an authentication configuration (AUTHCFG), or set EPOCH_EMAIL and EPOCH_PASSWORD (or EPOCH_API_KEY and EPOCH_USER_ID).</source>
        <translation>Sem início de sessão Epoch: indique uma configuração de autenticação (AUTHCFG) ou defina EPOCH_EMAIL e EPOCH_PASSWORD (ou EPOCH_API_KEY e EPOCH_USER_ID).</translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <location filename="../ui/column_labels.py"/>
        <source>Producer</source>
        <translation>Produtor</translation>
    </message>
    <message>
        <location filename="../ui/column_labels.py"/>
        <source>Commodity</source>
        <translation>Produto de base</translation>
    </message>
    <message>
        <location filename="../ui/column_labels.py"/>
        <source>Admin 1</source>
        <translation>Admin 1</translation>
    </message>
    <message>
        <location filename="../ui/column_labels.py"/>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <location filename="../ui/column_labels.py"/>
        <source>EU country risk</source>
        <translation>Risco do país (UE)</translation>
    </message>
    <message>
        <location filename="../ui/column_labels.py"/>
        <source>Assessment</source>
        <translation>Avaliação</translation>
    </message>
    <message>
        <location filename="../ui/column_labels.py"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../ui/column_labels.py"/>
        <source>NC Plots</source>
        <translation>Parcelas NC</translation>
    </message>
    <message>
        <location filename="../ui/column_labels.py"/>
        <source>NC %</source>
        <translation>% NC</translation>
    </message>
    <message>
        <location filename="../ui/column_labels.py"/>
        <source>Article 10</source>
        <translation>Artigo 10.º</translation>
    </message>
    <message>
        <location filename="../ui/column_labels.py"/>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <location filename="../ui/column_labels.py"/>
        <source>Audit</source>
        <translation>Auditoria</translation>
    </message>
    <message>
        <location filename="../ui/column_labels.py"/>
        <source>Plot</source>
        <translation>Parcela</translation>
    </message>
    <message>
        <location filename="../ui/column_labels.py"/>
        <source>2nd opinion</source>
        <translation>2.ª opinião</translation>
    </message>
    <message>
        <location filename="../ui/column_labels.py"/>
        <source>Area (ha)</source>
        <translation>Área (ha)</translation>
    </message>
    <message>
        <location filename="../ui/column_labels.py"/>
        <source>NC area (ha)</source>
        <translation>Área NC (ha)</translation>
    </message>
    <message>
        <location filename="../ui/column_labels.py"/>
        <source>Alert</source>
        <translation>Alerta</translation>
    </message>
    <message>
        <location filename="../ui/column_labels.py"/>
        <source>Disagree</source>
        <translation>Diverge</translation>
    </message>
    <message>
        <location filename="../ui/column_labels.py"/>
        <source>Facility ID</source>
        <translation>ID instalação</translation>
    </message>
    <message>
        <location filename="../ui/column_labels.py"/>
        <source>Address</source>
        <translation>Endereço</translation>
    </message>
    <message>
        <location filename="../ui/column_labels.py"/>
        <source>Score</source>
        <translation>Pontuação</translation>
    </message>
    <message>
        <location filename="../ui/column_labels.py"/>
        <source>Level</source>
        <translation>Nível</translation>
    </message>
    <message>
        <location filename="../ui/column_labels.py"/>
        <source>Comm. Presence</source>
        <translation>Pres. produto</translation>
    </message>
    <message>
        <location filename="../ui/column_labels.py"/>
        <source>POI</source>
        <translation>POI</translation>
    </message>
    <message>
        <location filename="../ui/column_labels.py"/>
        <source>Building</source>
        <translation>Edifício</translation>
    </message>
    <message>
        <location filename="../ui/column_labels.py"/>
        <source>Road</source>
        <translation>Estrada</translation>
    </message>
    <message>
        <location filename="../ui/column_labels.py"/>
        <source>Water</source>
        <translation>Água</translation>
    </message>
    <message>
        <location filename="../ui/column_labels.py"/>
        <source>Port</source>
        <translation>Porto</translation>
    </message>
    <message>
        <location filename="../ui/column_labels.py"/>
        <source>High Density</source>
        <translation>Alta densidade</translation>
    </message>
    <message>
        <location filename="../ui/column_labels.py"/>
        <source>Producer Name</source>
        <translation>Nome do produtor</translation>
    </message>
    <message>
        <location filename="../ui/column_labels.py"/>
        <source>Confirmed</source>
        <translation>Confirmado</translation>
    </message>
    <message>
        <location filename="../ui/column_labels.py"/>
        <source>Warning</source>
        <translation>Aviso</translation>
    </message>
    <message>
        <location filename="../ui/column_labels.py"/>
        <source>Risk</source>
        <translation>Risco</translation>
    </message>
    <message>
        <location filename="../ui/column_labels.py"/>
        <source>Shape</source>
        <translation>Forma</translation>
    </message>
    <message>
        <location filename="../ui/column_labels.py"/>
        <source>Protected area</source>
        <translation>Área protegida</translation>
    </message>
    <message>
        <location filename="../ui/column_labels.py"/>
        <source>Deforestation (ha)</source>
        <translation>Desflorestação (ha)</translation>
    </message>
    <message>
        <location filename="../ui/column_labels.py"/>
        <source>Source feature</source>
        <translation>Elemento de origem</translation>
    </message>
    <message>
        <location filename="../ui/column_labels.py"/>
        <source>Data error</source>
        <translation>Erro de dados</translation>
    </message>
    <message>
        <location filename="../ui/column_labels.py"/>
        <source>Data note</source>
        <translation>Nota sobre os dados</translation>
    </message>
    <message>
        <location filename="../ui/column_labels.py"/>
        <source>Findings</source>
        <translation>Constatações</translation>
    </message>
</context>
<context>
    <name>CompareAssessments</name>
    <message>
        <location filename="../processing_provider/alg_compare_assessments.py"/>
        <source>Producers worse</source>
        <translation>Produtores com estado agravado</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_compare_assessments.py"/>
        <source>Producers better</source>
        <translation>Produtores com estado melhorado</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_compare_assessments.py"/>
        <source>New producers</source>
        <translation>Novos produtores</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_compare_assessments.py"/>
        <source>Producers gone</source>
        <translation>Produtores desaparecidos</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_compare_assessments.py"/>
        <source>Same status, figures changed</source>
        <translation>Mesmo estado, valores alterados</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_compare_assessments.py"/>
        <source>CURRENT: choose the assessments layer to compare</source>
        <translation>CURRENT: escolha a camada de avaliações a comparar</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_compare_assessments.py"/>
        <source>SNAPSHOT: snapshots are kept in the GeoPackage the assessments were loaded into; CURRENT is not a whole layer of a GeoPackage. Choose that layer as CURRENT, or give an EARLIER layer.</source>
        <translation>SNAPSHOT: os instantâneos são guardados no GeoPackage onde as avaliações foram carregadas; CURRENT não é uma camada inteira de um GeoPackage. Escolha essa camada como CURRENT ou indique uma camada EARLIER.</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_compare_assessments.py"/>
        <source>Comparing {layer} with the snapshot of {snapshot}</source>
        <translation>A comparar {layer} com o instantâneo de {snapshot}</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_compare_assessments.py"/>
        <source>Compare assessments (changes since an earlier load)</source>
        <translation>Comparar avaliações (alterações desde um carregamento anterior)</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_compare_assessments.py"/>
        <source>Monitoring</source>
        <translation>Monitorização</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_compare_assessments.py"/>
        <source>Compares the CURRENT assessments with an earlier load: the EARLIER layer when given, else the SNAPSHOT kept in CURRENT&apos;s GeoPackage (every load of assessments keeps one). SNAPSHOT: &apos;previous&apos; (the load before the current one), &apos;latest&apos;, &apos;oldest&apos;, a snapshot id such as 20261102T101500, or a day (YYYY-MM-DD: the last snapshot taken that day or before). Producers are matched by collection_id, else by company, commodity and country. OUTPUT holds one point per change: new, gone, worse or better (by risk_rank), or &apos;changed&apos; (same status; NC plots, NC % or Article 10 risk moved), with the values before and after; worse in red, better in green. SUMMARY is one line; WORSE, BETTER, NEW, GONE and CHANGED are counts, for a model or a scheduled qgis_process run. No network.</source>
        <translation>Compara as avaliações CURRENT com um carregamento anterior: a camada EARLIER, se indicada; caso contrário, o SNAPSHOT guardado no GeoPackage de CURRENT (cada carregamento de avaliações guarda um). SNAPSHOT: &apos;previous&apos; (o carregamento anterior ao atual), &apos;latest&apos;, &apos;oldest&apos;, um identificador de instantâneo como 20261102T101500, ou um dia (AAAA-MM-DD: o último instantâneo tirado nesse dia ou antes). Os produtores são emparelhados por collection_id ou, na falta deste, por empresa, produto de base e país. OUTPUT contém um ponto por alteração: novo, desaparecido, com estado agravado ou melhorado (segundo risk_rank), ou &apos;changed&apos; (mesmo estado; parcelas NC, % NC ou risco do artigo 10.º alterados), com os valores antes e depois; agravados a vermelho, melhorados a verde. SUMMARY é uma linha; WORSE, BETTER, NEW, GONE e CHANGED são contagens, para um modelo ou uma execução agendada do qgis_process. Sem rede.</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_compare_assessments.py"/>
        <source>Current assessments</source>
        <translation>Avaliações atuais</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_compare_assessments.py"/>
        <source>Earlier assessments (layer)</source>
        <translation>Avaliações anteriores (camada)</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_compare_assessments.py"/>
        <source>Earlier snapshot, when no EARLIER layer (previous, latest, oldest, an id or a day)</source>
        <translation>Instantâneo anterior, sem camada EARLIER (previous, latest, oldest, um identificador ou um dia)</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_compare_assessments.py"/>
        <source>Include unchanged producers</source>
        <translation>Incluir produtores sem alteração</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_compare_assessments.py"/>
        <source>Changes</source>
        <translation>Alterações</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_compare_assessments.py"/>
        <source>Summary</source>
        <translation>Resumo</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_compare_assessments.py"/>
        <source>Headline (producers worse since ...)</source>
        <translation>Título (produtores com estado agravado desde ...)</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_compare_assessments.py"/>
        <source>Compared with</source>
        <translation>Comparado com</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_compare_assessments.py"/>
        <source>Every count (JSON)</source>
        <translation>Todas as contagens (JSON)</translation>
    </message>
</context>
<context>
    <name>ConnectionTab</name>
    <message>
        <location filename="../ui/wdg_connection.py"/>
        <source>Production (epoch-sco2-api.com)</source>
        <translation>Produção (epoch-sco2-api.com)</translation>
    </message>
    <message>
        <location filename="../ui/wdg_connection.py"/>
        <source>Development</source>
        <translation>Desenvolvimento</translation>
    </message>
    <message>
        <location filename="../ui/wdg_connection.py"/>
        <source>Sandbox (local, synthetic results)</source>
        <translation>Sandbox (local, resultados sintéticos)</translation>
    </message>
    <message>
        <location filename="../ui/wdg_connection.py"/>
        <source>Custom URL</source>
        <translation>URL personalizado</translation>
    </message>
    <message>
        <location filename="../ui/wdg_connection.py"/>
        <source>Server</source>
        <translation>Servidor</translation>
    </message>
    <message>
        <location filename="../ui/wdg_connection.py"/>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location filename="../ui/wdg_connection.py"/>
        <source>Sign in with {login} / {password}.</source>
        <translation>Inicie sessão com {login} / {password}.</translation>
    </message>
    <message>
        <location filename="../ui/wdg_connection.py"/>
        <source>Login (stored in the QGIS authentication database)</source>
        <translation>Início de sessão (base de autenticação QGIS)</translation>
    </message>
    <message>
        <location filename="../ui/wdg_connection.py"/>
        <source>Email and password</source>
        <translation>E-mail e palavra-passe</translation>
    </message>
    <message>
        <location filename="../ui/wdg_connection.py"/>
        <source>API key and user id</source>
        <translation>Chave API e ID de utilizador</translation>
    </message>
    <message>
        <location filename="../ui/wdg_connection.py"/>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../ui/wdg_connection.py"/>
        <source>Password</source>
        <translation>Palavra-passe</translation>
    </message>
    <message>
        <location filename="../ui/wdg_connection.py"/>
        <source>Save as new login</source>
        <translation>Guardar como novo início de sessão</translation>
    </message>
    <message>
        <location filename="../ui/wdg_connection.py"/>
        <source>Test connection</source>
        <translation>Testar ligação</translation>
    </message>
    <message>
        <location filename="../ui/wdg_connection.py"/>
        <source>User id</source>
        <translation>ID de utilizador</translation>
    </message>
    <message>
        <location filename="../ui/wdg_connection.py"/>
        <source>API key</source>
        <translation>Chave API</translation>
    </message>
    <message>
        <location filename="../ui/wdg_connection.py"/>
        <source>Login saved as QGIS authentication configuration {authcfg}.</source>
        <translation>Início de sessão guardado como configuração de autenticação do QGIS {authcfg}.</translation>
    </message>
    <message>
        <location filename="../ui/wdg_connection.py"/>
        <source>Connecting to {url} ...</source>
        <translation>A ligar a {url} ...</translation>
    </message>
    <message>
        <location filename="../ui/wdg_connection.py"/>
        <source>Connected to {url} as {identity}.</source>
        <translation>Ligado a {url} como {identity}.</translation>
    </message>
</context>
<context>
    <name>CoreMessages</name>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>Cancelled by the user.</source>
        <translation>Cancelado pelo utilizador.</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>Not signed in: add Epoch credentials first.</source>
        <translation>Sessão não iniciada: adicione primeiro as credenciais Epoch.</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>The secure connection to {host} failed (certificate not trusted?). Check the server address, or set the CA bundle your organisation uses.</source>
        <translation>A ligação segura a {host} falhou (certificado não fidedigno?). Verifique o endereço do servidor ou defina o pacote de CA que a sua organização utiliza.</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>The proxy refused the connection to {host}: check QGIS&apos;s proxy settings.</source>
        <translation>O proxy recusou a ligação a {host}: verifique as definições de proxy do QGIS.</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>{host} did not answer {path} within {seconds} s. Try again later, or send fewer locations at once.</source>
        <translation>{host} não respondeu a {path} em {seconds} s. Tente novamente mais tarde ou envie menos localizações de cada vez.</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>Could not reach {host} ({error}) after {tries} tries. Check your internet connection and the server address.</source>
        <translation>Não foi possível contactar {host} ({error}) após {tries} tentativas. Verifique a ligação à internet e o endereço do servidor.</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>The request to {host} for {path} failed ({error}). Check the server address and try again.</source>
        <translation>O pedido a {host} para {path} falhou ({error}). Verifique o endereço do servidor e tente novamente.</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>{host} did not answer {path} within {seconds} s (the overall limit for one request, set by EPOCH_REQUEST_DEADLINE_S): stopped waiting. Try again later.</source>
        <translation>{host} não respondeu a {path} em {seconds} s (o limite global de um pedido, definido por EPOCH_REQUEST_DEADLINE_S): a espera foi interrompida. Tente novamente mais tarde.</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>Epoch refused the credentials (expired or wrong). Sign in again in the Connection tab{suffix}</source>
        <translation>O Epoch recusou as credenciais (expiradas ou incorretas). Inicie sessão novamente no separador Ligação{suffix}</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>This account is not allowed to use {path}{suffix}</source>
        <translation>Esta conta não tem permissão para usar {path}{suffix}</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>Epoch is limiting requests from this account; try again in a few minutes{suffix}</source>
        <translation>O Epoch está a limitar os pedidos desta conta; tente novamente dentro de alguns minutos{suffix}</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>Epoch is limiting requests from this account; try again in {seconds} s{suffix}</source>
        <translation>O Epoch está a limitar os pedidos desta conta; tente novamente dentro de {seconds} s{suffix}</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>The Epoch server failed on {path} (HTTP {status}); try again later{suffix}</source>
        <translation>O servidor Epoch falhou em {path} (HTTP {status}); tente novamente mais tarde{suffix}</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>Epoch refused the request to {path}{suffix}</source>
        <translation>O Epoch recusou o pedido a {path}{suffix}</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>Epoch refused the request to {path} (no reason given)</source>
        <translation>O Epoch recusou o pedido a {path} (sem motivo indicado)</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>Unexpected answer HTTP {status} from {path}{suffix}</source>
        <translation>Resposta inesperada HTTP {status} de {path}{suffix}</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>Nothing to submit: select at least one screened location</source>
        <translation>Nada a submeter: selecione pelo menos uma localização triada</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>Give the collection a name before submitting</source>
        <translation>Dê um nome à coleção antes de submeter</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>No collection id: pick an assessed producer first</source>
        <translation>Sem ID de coleção: escolha primeiro um produtor avaliado</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>No collection to export: pick an assessed producer</source>
        <translation>Nenhuma coleção a exportar: escolha um produtor avaliado</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>{name}: only GeoJSON, CSV or XLSX files can be screened</source>
        <translation>{name}: só é possível fazer a triagem de ficheiros GeoJSON, CSV ou XLSX</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>{name}: {text} is not a date; give it as YYYY-MM-DD (for example {example})</source>
        <translation>{name}: {text} não é uma data; indique-a no formato AAAA-MM-DD (por exemplo {example})</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>{end_name} ({last}) is before {start_name} ({first}): the monitoring window must end on or after its start</source>
        <translation>{end_name} ({last}) é anterior a {start_name} ({first}): a janela de monitorização tem de terminar no dia de início ou depois</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>&apos;{text}&apos; is not a server address: use a full URL such as {example}</source>
        <translation>&apos;{text}&apos; não é um endereço de servidor: use um URL completo como {example}</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>&apos;{text}&apos; uses plain http: credentials would travel unencrypted. Use https (plain http is only allowed for a server on this machine, such as the sandbox).</source>
        <translation>&apos;{text}&apos; usa http simples: as credenciais circulariam sem encriptação. Use https (o http simples só é permitido para um servidor nesta máquina, como a sandbox).</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>&apos;{text}&apos; must not contain &apos;?&apos; or &apos;#&apos;: give only the server address</source>
        <translation>&apos;{text}&apos; não pode conter &apos;?&apos; nem &apos;#&apos;: indique apenas o endereço do servidor</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>The commodity radius must be a number of metres above 0 and at most 100,000 (not {value}); leave it empty for Epoch&apos;s default of 5,000 m.</source>
        <translation>O raio do produto de base tem de ser um número de metros superior a 0 e no máximo 100 000 (não {value}); deixe-o vazio para usar o do Epoch, 5000 m.</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>No geometry: draw the plot or give its location.</source>
        <translation>Sem geometria: desenhe a parcela ou indique a sua localização.</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>The geometry is empty: draw the plot again.</source>
        <translation>A geometria está vazia: desenhe a parcela novamente.</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>{kind} is not accepted: only Point, MultiPoint, Polygon, MultiPolygon and a GeometryCollection of these.</source>
        <translation>{kind} não é aceite: apenas Point, MultiPoint, Polygon, MultiPolygon e uma GeometryCollection destes.</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>Coordinates outside longitude -180..180 / latitude -90..90: the layer is not in EPSG:4326 or longitude and latitude are swapped.</source>
        <translation>Coordenadas fora de longitude -180..180 / latitude -90..90: a camada não está em EPSG:4326 ou a longitude e a latitude estão trocadas.</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>Has {what} values; the EU file is 2D (they are dropped).</source>
        <translation>Tem valores {what}; o ficheiro da UE é 2D (são removidos).</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>{share:.0%} of the coordinates have fewer than 6 decimals (the EU asks for 6).</source>
        <translation>{share:.0%} das coordenadas têm menos de 6 casas decimais (a UE exige 6).</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>{count} vertices collapse into their neighbour when cut to 6 decimals{after}.</source>
        <translation>{count} vértices fundem-se com o vizinho ao truncar para 6 casas decimais{after}.</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>The outline crosses itself ({reason}); fix it or apply &apos;make valid&apos;.</source>
        <translation>O contorno cruza-se a si próprio ({reason}); corrija-o ou aplique &apos;make valid&apos;.</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>Invalid geometry: {reason}.</source>
        <translation>Geometria inválida: {reason}.</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>A ring has fewer than 4 positions (or is collinear): not a polygon.</source>
        <translation>Um anel tem menos de 4 posições (ou é colinear): não é um polígono.</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>Holes in the plot: {count}; the EU reads only the outer ring: split the plot around each hole.</source>
        <translation>Buracos na parcela: {count}; a UE só lê o anel exterior: divida a parcela em torno de cada buraco.</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>{count} separate polygons in one feature: the EU expects one polygon per plot.</source>
        <translation>{count} polígonos separados num só elemento: a UE espera um polígono por parcela.</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>{feature}: a point stands for a plot of at most 4 ha, but Area is {area} ha: draw the plot as a polygon.</source>
        <translation>{feature}: um ponto representa uma parcela de 4 ha no máximo, mas Area é {area} ha: desenhe a parcela como polígono.</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>{feature}: a point without Area is taken as 4 ha{hint}: give its Area in hectares.</source>
        <translation>{feature}: um ponto sem Area é considerado como 4 ha{hint}: indique a sua Area em hectares.</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>{feature}: Area is the text {value!r}; the EU reads text as 0: make it a number.</source>
        <translation>{feature}: Area é o texto {value!r}; a UE lê texto como 0: converta-o num número.</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>{feature}: Area {area} ha is below the EU minimum of 0.0001 ha.</source>
        <translation>{feature}: Area {area} ha é inferior ao mínimo da UE de 0,0001 ha.</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>{feature}: Area says {declared} ha but the plot drawn measures {measured} ha: correct the Area or the outline.</source>
        <translation>{feature}: Area indica {declared} ha, mas a parcela desenhada mede {measured} ha: corrija a Area ou o contorno.</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>Latitude {lat} is beyond 90, so &apos;{lat_field}&apos; and &apos;{lon_field}&apos; look swapped: read as longitude {lon_read}, latitude {lat_read}.</source>
        <translation>A latitude {lat} é superior a 90, por isso &apos;{lat_field}&apos; e &apos;{lon_field}&apos; parecem trocadas: lidas como longitude {lon_read}, latitude {lat_read}.</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>ProducerCountry {problem}: give the ISO 3166-1 alpha-2 code.</source>
        <translation>ProducerCountry {problem}: indique o código ISO 3166-1 alfa-2.</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>ProducerCountry is {given} but the plot lies in {found}.</source>
        <translation>ProducerCountry é {given}, mas a parcela situa-se em {found}.</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>{area:,.0f} ha is over Epoch&apos;s API limit of 100,000 ha per plot (the EU sets no area limit: the TRACES export accepts it).</source>
        <translation>{area:,.0f} ha excede o limite da API Epoch de 100 000 ha por parcela (a UE não fixa limite de área: a exportação TRACES aceita-a).</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>A ring&apos;s last position is not its first: the EU system refuses the file as uploaded (QGIS and GDAL close it silently on reading).</source>
        <translation>A última posição de um anel não é igual à primeira: o sistema da UE recusa o ficheiro tal como foi carregado (o QGIS e o GDAL fecham-no silenciosamente ao ler).</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>The Point&apos;s coordinates are written [[x, y]]; the EU expects one position [x, y] (QGIS reads it anyway, the EU system does not).</source>
        <translation>As coordenadas do Point estão escritas [[x, y]]; a UE espera uma única posição [x, y] (o QGIS lê-as na mesma, o sistema da UE não).</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>The property {given!r} is ignored by the EU system: its name is {proper!r} (names are case-sensitive).</source>
        <translation>A propriedade {given!r} é ignorada pelo sistema da UE: o seu nome é {proper!r} (os nomes distinguem maiúsculas de minúsculas).</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>ProducerCountry {given!r} is not an ISO 3166-1 alpha-2 country code.</source>
        <translation>ProducerCountry {given!r} não é um código de país ISO 3166-1 alfa-2.</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>The plot lies in no country: are longitude and latitude swapped, or is it at sea?</source>
        <translation>A parcela não se situa em nenhum país: a longitude e a latitude estão trocadas, ou está no mar?</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>Same geometry as feature {other}: the same plot twice?</source>
        <translation>Mesma geometria que o elemento {other}: a mesma parcela duas vezes?</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>Latitude {lat:.2f} is outside the viable range for {commodity}.</source>
        <translation>A latitude {lat:.2f} está fora da faixa viável para {commodity}.</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>Latitude {lat:.2f} is beyond where {commodity} is grown.</source>
        <translation>A latitude {lat:.2f} está para além da zona de cultivo de {commodity}.</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>{country} is not a known {commodity}-producing country.</source>
        <translation>{country} não é um país produtor conhecido de {commodity}.</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>{country} is {risk} risk in the EU country benchmarking (Implementing Regulation (EU) 2025/1093): competent authorities check at least {share} % of its operators.</source>
        <translation>{country} está na categoria de risco &apos;{risk}&apos; da avaliação dos países da UE (Regulamento de Execução (UE) 2025/1093): as autoridades competentes controlam pelo menos {share} % dos seus operadores.</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>high</source>
        <translation>elevado</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>standard</source>
        <translation>normal</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>low</source>
        <translation>baixo</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source> and </source>
        <translation> e </translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>, which makes it invalid ({reason})</source>
        <translation>, o que torna a geometria inválida ({reason})</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source> (the field {name} is ignored: the EU reads only &apos;Area&apos;)</source>
        <translation> (o campo {name} é ignorado: a UE só lê &apos;Area&apos;)</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>{value} is not a two-letter code</source>
        <translation>{value} não é um código de duas letras</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>is missing</source>
        <translation>está em falta</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>High Risk</source>
        <translation>Risco elevado</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>Medium Risk</source>
        <translation>Risco médio</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>Not Assessable</source>
        <translation>Não avaliável</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>Compliant</source>
        <translation>Conforme</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>Non-Compliant</source>
        <translation>Não conforme</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>Data Error</source>
        <translation>Erro de dados</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>medium</source>
        <translation>médio</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>invalid</source>
        <translation>inválido</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>{n} producer assessment</source>
        <translation>{n} avaliação de produtor</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>{n} producer assessments</source>
        <translation>{n} avaliações de produtores</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>{n} plot</source>
        <translation>{n} parcela</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>{n} plots</source>
        <translation>{n} parcelas</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>{n} facility</source>
        <translation>{n} instalação</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>{n} facilities</source>
        <translation>{n} instalações</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>{n} feature</source>
        <translation>{n} elemento</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>{n} features</source>
        <translation>{n} elementos</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>{n} supply-shed outline</source>
        <translation>{n} contorno de área de abastecimento</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>{n} supply-shed outlines</source>
        <translation>{n} contornos de área de abastecimento</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>{n} checked facility</source>
        <translation>{n} instalação verificada</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>{n} checked facilities</source>
        <translation>{n} instalações verificadas</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>{n} legality source</source>
        <translation>{n} fonte de legalidade</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>{n} legality sources</source>
        <translation>{n} fontes de legalidade</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>{count} {status}</source>
        <translation>{status}: {count}</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>{n} plot screened</source>
        <translation>{n} parcela triada</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>{n} plots screened</source>
        <translation>{n} parcelas triadas</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>{n} plot screened: {statuses}</source>
        <translation>{n} parcela triada: {statuses}</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>{n} plots screened: {statuses}</source>
        <translation>{n} parcelas triadas: {statuses}</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>{n} facility screened</source>
        <translation>{n} instalação triada</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>{n} facilities screened</source>
        <translation>{n} instalações triadas</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>{n} facility screened: {statuses}</source>
        <translation>{n} instalação triada: {statuses}</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>{n} facilities screened: {statuses}</source>
        <translation>{n} instalações triadas: {statuses}</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>{n} producer assessment loaded</source>
        <translation>{n} avaliação de produtor carregada</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>{n} producer assessments loaded</source>
        <translation>{n} avaliações de produtores carregadas</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>{n} producer assessment loaded: {statuses}</source>
        <translation>{n} avaliação de produtor carregada: {statuses}</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>{n} producer assessments loaded: {statuses}</source>
        <translation>{n} avaliações de produtores carregadas: {statuses}</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>{n} plot loaded</source>
        <translation>{n} parcela carregada</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>{n} plots loaded</source>
        <translation>{n} parcelas carregadas</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>{n} plot loaded: {statuses}</source>
        <translation>{n} parcela carregada: {statuses}</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>{n} plots loaded: {statuses}</source>
        <translation>{n} parcelas carregadas: {statuses}</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>Include deforestation</source>
        <translation>Incluir desflorestação</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>Article 10 legality check</source>
        <translation>Verificação de legalidade (artigo 10.º)</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>Check road access</source>
        <translation>Verificar acesso rodoviário</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>Check water access</source>
        <translation>Verificar acesso a água</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>Check port proximity</source>
        <translation>Verificar proximidade de porto</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>Legality sources (Article 10)</source>
        <translation>Fontes de legalidade (artigo 10.º)</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>Cocoa</source>
        <translation>Cacau</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>Coffee</source>
        <translation>Café</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>Palm</source>
        <translation>Palma</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>Rubber</source>
        <translation>Borracha</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>Soy</source>
        <translation>Soja</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>Timber</source>
        <translation>Madeira</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>Cattle</source>
        <translation>Gado bovino</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>no geometry: draw the plot or give its location</source>
        <translation>geometria nula: desenhe a parcela ou indique a sua localização</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>an empty geometry: draw the plot again</source>
        <translation>uma geometria vazia: desenhe a parcela novamente</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>a geometry type the EU does not accept (only points and polygons)</source>
        <translation>um tipo de geometria que a UE não aceita (apenas pontos e polígonos)</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>coordinates outside longitude/latitude: not EPSG:4326, or longitude and latitude swapped</source>
        <translation>coordenadas fora de longitude/latitude: não está em EPSG:4326, ou longitude e latitude trocadas</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>Z or M values: the EU file is 2D (they are dropped)</source>
        <translation>valores Z ou M: o ficheiro da UE é 2D (são removidos)</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>coordinates with fewer than the 6 decimals the EU asks for</source>
        <translation>coordenadas com menos das 6 casas decimais que a UE exige</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>vertices that collapse when cut to 6 decimals</source>
        <translation>vértices que se fundem ao truncar para 6 casas decimais</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>an outline that crosses itself: fix it or apply &apos;make valid&apos;</source>
        <translation>um contorno que se cruza a si próprio: corrija-o ou aplique &apos;make valid&apos;</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>an invalid geometry</source>
        <translation>uma geometria inválida</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>a ring with fewer than 4 positions: not a polygon</source>
        <translation>um anel com menos de 4 posições: não é um polígono</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>holes: the EU reads only the outer ring</source>
        <translation>buracos: a UE só lê o anel exterior</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>several polygons in one feature: the EU expects one polygon per plot</source>
        <translation>vários polígonos: a UE espera um polígono por parcela</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>a point for a plot over 4 ha: draw it as a polygon</source>
        <translation>um ponto para uma parcela de mais de 4 ha: desenhe-a como polígono</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>a point without Area, taken as 4 ha: give its Area in hectares</source>
        <translation>um ponto sem Area, considerado como 4 ha: indique a sua Area em hectares</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>an Area that is text, which the EU reads as 0: make it a number</source>
        <translation>uma Area em texto, que a UE lê como 0: converta-a num número</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>an Area below the EU minimum of 0.0001 ha</source>
        <translation>uma Area inferior ao mínimo da UE de 0,0001 ha</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>an Area that differs from the plot drawn</source>
        <translation>uma Area diferente da parcela desenhada</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>latitude and longitude columns that look swapped</source>
        <translation>colunas de latitude e longitude que parecem trocadas</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>no ISO 3166-1 alpha-2 ProducerCountry</source>
        <translation>ProducerCountry ISO 3166-1 alfa-2 em falta</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>a ProducerCountry other than the country the plot lies in</source>
        <translation>um ProducerCountry diferente do país onde se situa a parcela</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>a plot over Epoch&apos;s limit of 100,000 ha</source>
        <translation>uma parcela acima do limite do Epoch de 100 000 ha</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>a ring that is not closed: the EU system refuses the file</source>
        <translation>um anel não fechado: o sistema da UE recusa o ficheiro</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>a point written [[x, y]]: the EU system expects [x, y]</source>
        <translation>um ponto escrito [[x, y]]: o sistema da UE espera [x, y]</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>a property the EU system ignores because of its upper/lower case</source>
        <translation>uma propriedade que o sistema da UE ignora por causa das maiúsculas/minúsculas</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>a ProducerCountry that is not an ISO 3166-1 alpha-2 code</source>
        <translation>um ProducerCountry que não é um código ISO 3166-1 alfa-2</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>a plot that lies in no country (swapped coordinates, or at sea?)</source>
        <translation>uma parcela fora de qualquer país (coordenadas trocadas, ou no mar?)</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>the same geometry as another feature</source>
        <translation>a mesma geometria que outro elemento</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>a latitude outside the viable range for the commodity</source>
        <translation>uma latitude fora da faixa viável para o produto de base</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>a latitude beyond where the commodity is grown</source>
        <translation>uma latitude para além da zona de cultivo do produto de base</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>a country not known to produce the commodity</source>
        <translation>um país não conhecido como produtor do produto de base</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>a country of standard or high risk in the EU benchmarking (checked more often)</source>
        <translation>um país de risco normal ou elevado na avaliação da UE (controlado com mais frequência)</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>1 feature with {issue}</source>
        <translation>1 elemento com {issue}</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>{n} features with {issue}</source>
        <translation>{n} elementos com {issue}</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>1 feature would be refused by the EU system: fix it before the upload.</source>
        <translation>1 elemento seria recusado pelo sistema da UE: corrija-o antes do envio.</translation>
    </message>
    <message>
        <location filename="../layers/words/language.py"/>
        <source>{n} features would be refused by the EU system: fix them before the upload.</source>
        <translation>{n} elementos seriam recusados pelo sistema da UE: corrija-os antes do envio.</translation>
    </message>
    <message>
        <source>{count} hole(s): the EU reads only the outer ring; split the plot around each hole.</source>
        <translation type="obsolete">{count} buraco(s): a UE só lê o anel exterior; divida a parcela em torno de cada buraco.</translation>
    </message>
    <message>
        <source>{count} screened</source>
        <translation type="obsolete">Triagem de {count} concluída</translation>
    </message>
    <message>
        <source>{count} loaded</source>
        <translation type="obsolete">Carregamento de {count} concluído</translation>
    </message>
</context>
<context>
    <name>Dock</name>
    <message>
        <location filename="../ui/wdg_dock.py"/>
        <source>Connection</source>
        <translation>Ligação</translation>
    </message>
    <message>
        <location filename="../ui/wdg_dock.py"/>
        <source>Screening</source>
        <translation>Triagem</translation>
    </message>
    <message>
        <location filename="../ui/wdg_dock.py"/>
        <source>Submit</source>
        <translation>Submeter</translation>
    </message>
    <message>
        <location filename="../ui/wdg_dock.py"/>
        <source>Assessments</source>
        <translation>Avaliações</translation>
    </message>
    <message>
        <location filename="../ui/wdg_dock.py"/>
        <source>EU</source>
        <translation>UE</translation>
    </message>
    <message>
        <location filename="../ui/wdg_dock.py"/>
        <source>EU Information System: due diligence statements and the verify register</source>
        <translation>Sistema de informação da UE: declarações de diligência devida e registo de verificação</translation>
    </message>
</context>
<context>
    <name>DownloadDds</name>
    <message>
        <location filename="../processing_provider/alg_download_dds.py"/>
        <source>ZIP files</source>
        <translation>Ficheiros ZIP</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_download_dds.py"/>
        <source>{path}: {files} files, {size} bytes</source>
        <translation>{path}: {files} ficheiros, {size} bytes</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_download_dds.py"/>
        <source>&apos;{producer}&apos; (collection {id}) is Not Assessable ({reason}): it has no DDS to export; nothing was downloaded. Leave it out of COLLECTION_IDS.</source>
        <translation>&apos;{producer}&apos; (coleção {id}) é Não avaliável ({reason}): não tem DDS para exportar; nada foi descarregado. Retire-a de COLLECTION_IDS.</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_download_dds.py"/>
        <source>Download Due Diligence Statement (ZIP)</source>
        <translation>Descarregar a declaração de diligência devida (ZIP)</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_download_dds.py"/>
        <source>Downloads the DDS package of one or more collections (comma-separated ids). The file is written only once complete and verified; an existing file is kept if anything fails. A collection the server does not know, or a Not Assessable one (it has no DDS), is refused before anything is downloaded.</source>
        <translation>Descarrega o pacote DDS de uma ou mais coleções (identificadores separados por vírgulas). O ficheiro só é escrito quando está completo e verificado; um ficheiro existente é mantido se algo falhar. Uma coleção que o servidor não conhece, ou uma Não avaliável (não tem DDS), é recusada antes de qualquer descarga.</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_download_dds.py"/>
        <source>Collection ids (comma-separated)</source>
        <translation>IDs das coleções (separados por vírgulas)</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_download_dds.py"/>
        <source>DDS ZIP</source>
        <translation>ZIP da DDS</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_download_dds.py"/>
        <source>Files in the ZIP</source>
        <translation>Ficheiros no ZIP</translation>
    </message>
</context>
<context>
    <name>EpochAlgorithm</name>
    <message>
        <location filename="../processing_provider/algorithm_base.py"/>
        <source>Epoch API</source>
        <translation>API Epoch</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithm_base.py"/>
        <source>Server</source>
        <translation>Servidor</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithm_base.py"/>
        <source>Server URL. Empty: $EPOCH_API_URL if set, else the production API.</source>
        <translation>URL do servidor. Vazio: $EPOCH_API_URL, se definido; caso contrário, a API de produção.</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithm_base.py"/>
        <source>Authentication</source>
        <translation>Autenticação</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithm_base.py"/>
        <source>QGIS authentication configuration (Basic: email + password, or user id + API key). Empty: EPOCH_EMAIL/EPOCH_PASSWORD or EPOCH_API_KEY/EPOCH_USER_ID from the environment.</source>
        <translation>Configuração de autenticação do QGIS (Basic: e-mail + palavra-passe, ou ID de utilizador + chave API). Vazio: EPOCH_EMAIL/EPOCH_PASSWORD ou EPOCH_API_KEY/EPOCH_USER_ID do ambiente.</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithm_base.py"/>
        <source>Cancelled: nothing was written.</source>
        <translation>Cancelado: nada foi escrito.</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithm_base.py"/>
        <source>Could not write the output: {error}</source>
        <translation>Não foi possível escrever o resultado: {error}</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithm_base.py"/>
        <source>Processing</source>
        <translation>Processamento</translation>
    </message>
    <message>
        <location filename="../processing_provider/algorithm_base.py"/>
        <source>No collection &apos;{id}&apos; on {server}: no producer assessment has this id (a typo, another account or server, or a batch not processed yet). Run epoch_eudr:fetch_assessments and copy the id from its collection_id column.</source>
        <translation>Nenhuma coleção &apos;{id}&apos; em {server}: nenhuma avaliação de produtor tem este identificador (um erro de escrita, outra conta ou servidor, ou um lote ainda não processado). Execute epoch_eudr:fetch_assessments e copie o identificador da coluna collection_id.</translation>
    </message>
</context>
<context>
    <name>EuAlgorithm</name>
    <message>
        <location filename="../processing_provider/alg_eu_common.py"/>
        <source>EU Information System</source>
        <translation>Sistema de informação da UE</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_eu_common.py"/>
        <source>Environment</source>
        <translation>Ambiente</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_eu_common.py"/>
        <source>acceptance (the Commission&apos;s test system, the default) or production: statements sent to production are legal declarations.</source>
        <translation>acceptance (o sistema de teste da Comissão, por predefinição) ou production: as declarações enviadas para produção são declarações jurídicas.</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_eu_common.py"/>
        <source>Server address (empty: the environment&apos;s)</source>
        <translation>Endereço do servidor (vazio: o do ambiente)</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_eu_common.py"/>
        <source>Empty: the environment&apos;s own address. A URL for tests (the fake service on this machine).</source>
        <translation>Vazio: o endereço próprio do ambiente. Um URL para testes (o serviço simulado nesta máquina).</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_eu_common.py"/>
        <source>EU Information System login</source>
        <translation>Início de sessão no sistema de informação da UE</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_eu_common.py"/>
        <source>QGIS authentication configuration, Basic method: the username and, as password, the authentication key (EU Login profile, Web Services Access). Empty: {user} and {key} from the environment.</source>
        <translation>Configuração de autenticação do QGIS, método Basic: o nome de utilizador e, como palavra-passe, a chave de autenticação (perfil EU Login, acesso a serviços web). Vazio: {user} e {key} do ambiente.</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_eu_common.py"/>
        <source>Statement UUID</source>
        <translation>UUID da declaração</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_eu_common.py"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_eu_common.py"/>
        <source>Reference number</source>
        <translation>Número de referência</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_eu_common.py"/>
        <source>Verification number</source>
        <translation>Número de verificação</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_eu_common.py"/>
        <source>Messages</source>
        <translation>Mensagens</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_eu_common.py"/>
        <source>{name}: AVAILABLE, reference number {reference}, verification number {verification}.</source>
        <translation>{name}: AVAILABLE, número de referência {reference}, número de verificação {verification}.</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_eu_common.py"/>
        <source>{name}: REJECTED by the EU Information System: {reasons}</source>
        <translation>{name}: REJECTED pelo sistema de informação da UE: {reasons}</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_eu_common.py"/>
        <source>no reason given</source>
        <translation>sem motivo indicado</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_eu_common.py"/>
        <source>{name}: SUBMITTED as {uuid}; not settled yet: check again with epoch_eudr:eu_dds_status.</source>
        <translation>{name}: SUBMITTED como {uuid}; ainda sem resultado: verifique novamente com epoch_eudr:eu_dds_status.</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_eu_common.py"/>
        <source>{name}: SUBMITTED as {uuid}. The Commission asks for 30 minutes before the first status check: the plugin checks it then (or run epoch_eudr:eu_dds_status).</source>
        <translation>{name}: SUBMITTED como {uuid}. A Comissão pede 30 minutos antes da primeira consulta do estado: o plugin consulta-o nessa altura (ou execute epoch_eudr:eu_dds_status).</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_eu_common.py"/>
        <source>{name}: the answer was lost; it was not sent again. epoch_eudr:eu_dds_status looks it up by its internal reference.</source>
        <translation>{name}: a resposta perdeu-se; a declaração não foi enviada novamente. epoch_eudr:eu_dds_status procura-a pela sua referência interna.</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_eu_common.py"/>
        <source>{name}: the EU Information System never received it; submit it again.</source>
        <translation>{name}: o sistema de informação da UE nunca a recebeu; submeta-a novamente.</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_eu_common.py"/>
        <source>{name}: {status}.</source>
        <translation>{name}: {status}.</translation>
    </message>
</context>
<context>
    <name>EuAmend</name>
    <message>
        <location filename="../ui/eu_amend.py"/>
        <source>The places this statement declared were not read from a GeoPackage, so they were not recorded: choose the layer of production places.</source>
        <translation>Os locais que esta declaração declarou não foram lidos de um GeoPackage, pelo que não foram registados: escolha a camada dos locais de produção.</translation>
    </message>
    <message>
        <location filename="../ui/eu_amend.py"/>
        <source>Production places: {table} of {path}, as declared.</source>
        <translation>Locais de produção: {table} de {path}, tal como declarados.</translation>
    </message>
    <message>
        <location filename="../ui/eu_amend.py"/>
        <source>Production places: {table} of {path}, as declared (added to the project).</source>
        <translation>Locais de produção: {table} de {path}, tal como declarados (adicionados ao projeto).</translation>
    </message>
    <message>
        <location filename="../ui/eu_amend.py"/>
        <source>The statement declared the production places of the layer {table} in {path}, which cannot be opened (moved, renamed or deleted?): load that layer, or choose the layer of production places.</source>
        <translation>A declaração declarou os locais de produção da camada {table} em {path}, que não pode ser aberto (movido, renomeado ou eliminado?): carregue essa camada ou escolha a camada dos locais de produção.</translation>
    </message>
    <message>
        <location filename="../ui/eu_amend.py"/>
        <source>Amend the statement {name}</source>
        <translation>Alterar a declaração {name}</translation>
    </message>
    <message>
        <location filename="../ui/eu_amend.py"/>
        <source>The statement&apos;s new content replaces what was sent; its reference and verification numbers stay. Choose the production places and change what needs changing.</source>
        <translation>O novo conteúdo da declaração substitui o que foi enviado; os números de referência e de verificação mantêm-se. Escolha os locais de produção e altere o que for preciso.</translation>
    </message>
    <message>
        <location filename="../ui/eu_amend.py"/>
        <source>An amendment cannot change the activity.</source>
        <translation>Uma alteração não pode mudar a atividade.</translation>
    </message>
    <message>
        <location filename="../ui/eu_amend.py"/>
        <source>Amend</source>
        <translation>Alterar</translation>
    </message>
</context>
<context>
    <name>EuAmendDds</name>
    <message>
        <location filename="../processing_provider/alg_eu_amend.py"/>
        <source>Amend a due diligence statement (EU Information System)</source>
        <translation>Alterar uma declaração de diligência devida (Sistema de informação da UE)</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_eu_amend.py"/>
        <source>Replaces the content of a statement submitted earlier (UUID) with a new one built from the same parameters as epoch_eudr:eu_submit_dds: the production places, the commodity line, the operator. The statement keeps its reference number, verification number and internal reference. Only an AVAILABLE statement, within 72 hours of its submission, and with the same activity: otherwise it is refused before anything is sent. Everything the service would refuse in the new content is refused first too. What was sent is kept in the profile and, for a GeoPackage layer, beside the plots.</source>
        <translation>Substitui o conteúdo de uma declaração submetida anteriormente (UUID) por um novo, construído a partir dos mesmos parâmetros que epoch_eudr:eu_submit_dds: os locais de produção, a linha do produto de base, o operador. A declaração mantém o número de referência, o número de verificação e a referência interna. Só uma declaração AVAILABLE, nas 72 horas seguintes à submissão e com a mesma atividade: caso contrário, é recusada antes de se enviar o que quer que seja. Tudo o que o serviço recusaria no novo conteúdo também é recusado antes. O que foi enviado fica guardado no perfil e, para uma camada GeoPackage, junto das parcelas.</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_eu_amend.py"/>
        <source>UUID of the statement to amend</source>
        <translation>UUID da declaração a alterar</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_eu_amend.py"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_eu_amend.py"/>
        <source>Messages</source>
        <translation>Mensagens</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_eu_amend.py"/>
        <source>Give the UUID of the statement to amend.</source>
        <translation>Indique o UUID da declaração a alterar.</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_eu_amend.py"/>
        <source>{name}: amended; reference number {reference}, status {status}.</source>
        <translation>{name}: alterada; número de referência {reference}, estado {status}.</translation>
    </message>
</context>
<context>
    <name>EuCommon</name>
    <message>
        <location filename="../ui/eu_common.py"/>
        <source>Save the EU Information System username and authentication key first (or set {user} and {key} in the environment).</source>
        <translation>Guarde primeiro o nome de utilizador e a chave de autenticação do sistema de informação da UE (ou defina {user} e {key} no ambiente).</translation>
    </message>
    <message>
        <location filename="../ui/eu_common.py"/>
        <source>{task} failed. {reason}</source>
        <translation>{task}: falhou. {reason}</translation>
    </message>
    <message>
        <location filename="../ui/eu_common.py"/>
        <source>Sending</source>
        <translation>A enviar</translation>
    </message>
    <message>
        <location filename="../ui/eu_common.py"/>
        <source>Answer lost</source>
        <translation>Resposta perdida</translation>
    </message>
    <message>
        <location filename="../ui/eu_common.py"/>
        <source>Submitted</source>
        <translation>Submetida</translation>
    </message>
    <message>
        <location filename="../ui/eu_common.py"/>
        <source>Available</source>
        <translation>Disponível</translation>
    </message>
    <message>
        <location filename="../ui/eu_common.py"/>
        <source>Rejected</source>
        <translation>Rejeitada</translation>
    </message>
    <message>
        <location filename="../ui/eu_common.py"/>
        <source>Withdrawn</source>
        <translation>Retirada</translation>
    </message>
    <message>
        <location filename="../ui/eu_common.py"/>
        <source>Never received</source>
        <translation>Nunca recebida</translation>
    </message>
    <message>
        <location filename="../ui/eu_common.py"/>
        <source>Grouped</source>
        <translation>Agrupada</translation>
    </message>
    <message>
        <location filename="../ui/eu_common.py"/>
        <source>Archived</source>
        <translation>Arquivada</translation>
    </message>
    <message>
        <location filename="../ui/eu_common.py"/>
        <source>Obsolete</source>
        <translation>Obsoleta</translation>
    </message>
    <message>
        <location filename="../ui/eu_common.py"/>
        <source>{name}: available, reference number {reference}, verification number {verification}.</source>
        <translation>{name}: disponível, número de referência {reference}, número de verificação {verification}.</translation>
    </message>
    <message>
        <location filename="../ui/eu_common.py"/>
        <source>{name}: rejected by the EU Information System: {reasons}</source>
        <translation>{name}: rejeitada pelo sistema de informação da UE: {reasons}</translation>
    </message>
    <message>
        <location filename="../ui/eu_common.py"/>
        <source>no reason given</source>
        <translation>sem motivo indicado</translation>
    </message>
    <message>
        <location filename="../ui/eu_common.py"/>
        <source>{name}: submitted, not settled yet; next check at {time}.</source>
        <translation>{name}: submetida, ainda sem resultado; próxima consulta: {time}.</translation>
    </message>
    <message>
        <location filename="../ui/eu_common.py"/>
        <source>{name}: its answer was lost; it was not sent again. Check now looks it up by its internal reference.</source>
        <translation>{name}: a resposta perdeu-se; não foi enviada novamente. &apos;Verificar agora&apos; procura-a pela referência interna.</translation>
    </message>
    <message>
        <location filename="../ui/eu_common.py"/>
        <source>{name}: the EU Information System never received it; submit it again.</source>
        <translation>{name}: o sistema de informação da UE nunca a recebeu; submeta-a novamente.</translation>
    </message>
    <message>
        <location filename="../ui/eu_common.py"/>
        <source>{name}: {status}.</source>
        <translation>{name}: {status}.</translation>
    </message>
    <message>
        <source>Production</source>
        <translation type="obsolete">Produção</translation>
    </message>
    <message>
        <source>Acceptance (test system)</source>
        <translation type="obsolete">Aceitação (sistema de teste)</translation>
    </message>
</context>
<context>
    <name>EuConnectionBox</name>
    <message>
        <location filename="../ui/eu_connection_box.py"/>
        <source>Connection to the EU Information System</source>
        <translation>Ligação ao sistema de informação da UE</translation>
    </message>
    <message>
        <location filename="../ui/eu_connection_box.py"/>
        <source>Environment</source>
        <translation>Ambiente</translation>
    </message>
    <message>
        <location filename="../ui/eu_connection_box.py"/>
        <source>empty: the environment&apos;s address</source>
        <translation>vazio: o endereço do ambiente</translation>
    </message>
    <message>
        <location filename="../ui/eu_connection_box.py"/>
        <source>Leave empty to use the environment&apos;s own address. A local address (http://127.0.0.1:...) reaches the fake service for training.</source>
        <translation>Deixe vazio para usar o endereço próprio do ambiente. Um endereço local (http://127.0.0.1:...) leva ao serviço simulado, para formação.</translation>
    </message>
    <message>
        <location filename="../ui/eu_connection_box.py"/>
        <source>Server</source>
        <translation>Servidor</translation>
    </message>
    <message>
        <location filename="../ui/eu_connection_box.py"/>
        <source>Production: every statement submitted is a legal declaration to the EU. Try everything on acceptance first.</source>
        <translation>Produção: cada declaração submetida é uma declaração juridicamente vinculativa perante a UE. Experimente tudo primeiro em aceitação.</translation>
    </message>
    <message>
        <location filename="../ui/eu_connection_box.py"/>
        <source>Saved login (QGIS authentication database)</source>
        <translation>Credenciais guardadas (autenticação do QGIS)</translation>
    </message>
    <message>
        <location filename="../ui/eu_connection_box.py"/>
        <source>EU Login profile &gt; Web Services Access: the authentication key of this environment.</source>
        <translation>Perfil EU Login &gt; Web Services Access: a chave de autenticação deste ambiente.</translation>
    </message>
    <message>
        <location filename="../ui/eu_connection_box.py"/>
        <source>Username</source>
        <translation>Nome de utilizador</translation>
    </message>
    <message>
        <location filename="../ui/eu_connection_box.py"/>
        <source>Authentication key</source>
        <translation>Chave de autenticação</translation>
    </message>
    <message>
        <location filename="../ui/eu_connection_box.py"/>
        <source>Save login</source>
        <translation>Guardar credenciais</translation>
    </message>
    <message>
        <location filename="../ui/eu_connection_box.py"/>
        <source>Kept in the QGIS authentication database (Basic method), never in settings or projects.</source>
        <translation>Guardadas na base de autenticação do QGIS (método Basic), nunca nas definições nem nos projetos.</translation>
    </message>
    <message>
        <location filename="../ui/eu_connection_box.py"/>
        <source>Test connection</source>
        <translation>Testar ligação</translation>
    </message>
    <message>
        <location filename="../ui/eu_connection_box.py"/>
        <source>EU system: {username}</source>
        <translation>Sistema UE: {username}</translation>
    </message>
    <message>
        <location filename="../ui/eu_connection_box.py"/>
        <source>Login saved in the QGIS authentication database ({authcfg}).</source>
        <translation>Credenciais guardadas na base de autenticação do QGIS ({authcfg}).</translation>
    </message>
    <message>
        <location filename="../ui/eu_connection_box.py"/>
        <source>Connecting to {host} ...</source>
        <translation>A ligar a {host} ...</translation>
    </message>
    <message>
        <location filename="../ui/eu_connection_box.py"/>
        <source>Connected to the EU Information System ({environment}, {host}): the service answered {answer}.</source>
        <translation>Ligado ao sistema de informação da UE ({environment}, {host}): o serviço respondeu {answer}.</translation>
    </message>
    <message>
        <location filename="../ui/eu_connection_box.py"/>
        <source>Test the EU Information System connection</source>
        <translation>Teste da ligação ao sistema de informação da UE</translation>
    </message>
</context>
<context>
    <name>EuCredentials</name>
    <message>
        <location filename="../connection/eu_credentials.py"/>
        <source>Enter both the EU Information System username and its authentication key.</source>
        <translation>Introduza o nome de utilizador do sistema de informação da UE e a respetiva chave de autenticação.</translation>
    </message>
    <message>
        <location filename="../connection/eu_credentials.py"/>
        <source>QGIS could not store the EU Information System credentials (is the master password set?).</source>
        <translation>O QGIS não conseguiu guardar as credenciais do sistema de informação da UE (a palavra-passe mestra está definida?).</translation>
    </message>
    <message>
        <location filename="../connection/eu_credentials.py"/>
        <source>Authentication configuration &apos;{authcfg}&apos; was not found or could not be decrypted (check the QGIS master password).</source>
        <translation>A configuração de autenticação &apos;{authcfg}&apos; não foi encontrada ou não pôde ser desencriptada (verifique a palavra-passe mestra do QGIS).</translation>
    </message>
    <message>
        <location filename="../connection/eu_credentials.py"/>
        <source>Authentication configuration &apos;{name}&apos; uses the {method} method; the EU Information System needs a Basic configuration: the username and, as password, the authentication key.</source>
        <translation>A configuração de autenticação &apos;{name}&apos; usa o método {method}; o sistema de informação da UE precisa de uma configuração Basic: o nome de utilizador e, como palavra-passe, a chave de autenticação.</translation>
    </message>
    <message>
        <location filename="../connection/eu_credentials.py"/>
        <source>Authentication configuration &apos;{name}&apos; has an empty username or authentication key.</source>
        <translation>A configuração de autenticação &apos;{name}&apos; tem o nome de utilizador ou a chave de autenticação vazios.</translation>
    </message>
    <message>
        <location filename="../connection/eu_credentials.py"/>
        <source>No EU Information System login: give an authentication configuration (AUTHCFG: Basic, the username and the authentication key as password), or set {missing} in the environment.</source>
        <translation>Sem início de sessão no sistema de informação da UE: indique uma configuração de autenticação (AUTHCFG: Basic, o nome de utilizador e a chave de autenticação como palavra-passe) ou defina {missing} no ambiente.</translation>
    </message>
</context>
<context>
    <name>EuDdsStatus</name>
    <message>
        <location filename="../processing_provider/alg_eu_status.py"/>
        <source>Status of due diligence statements (EU Information System)</source>
        <translation>Estado das declarações de diligência devida (sistema de informação da UE)</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_eu_status.py"/>
        <source>Asks the EU Information System where statements stand: the one with this UUID, those with this INTERNAL_REFERENCE, or (both empty) every statement submitted from this QGIS profile that is not settled yet and due a check (the Commission asks for 30 minutes before the first). AVAILABLE gives the reference and verification numbers, REJECTED the service&apos;s reasons (REASONS); both are kept in the profile and beside the plots.</source>
        <translation>Pergunta ao sistema de informação da UE em que ponto estão as declarações: a que tem este UUID, as que têm esta INTERNAL_REFERENCE ou (ambos vazios) todas as declarações submetidas a partir deste perfil do QGIS que ainda não têm resultado e cuja consulta já é devida (a Comissão pede 30 minutos antes da primeira). AVAILABLE dá os números de referência e de verificação; REJECTED, os motivos do serviço (REASONS); ambos são guardados no perfil e junto às parcelas.</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_eu_status.py"/>
        <source>Statement UUID</source>
        <translation>UUID da declaração</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_eu_status.py"/>
        <source>Internal reference</source>
        <translation>Referência interna</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_eu_status.py"/>
        <source>Wait for the result (seconds)</source>
        <translation>Aguardar o resultado (segundos)</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_eu_status.py"/>
        <source>Reasons (REJECTED)</source>
        <translation>Motivos (REJECTED)</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_eu_status.py"/>
        <source>No statement with the internal reference &apos;{reference}&apos;.</source>
        <translation>Nenhuma declaração com a referência interna &apos;{reference}&apos;.</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_eu_status.py"/>
        <source>{name}: SUBMITTED; its next check is due at {time} (UTC).</source>
        <translation>{name}: SUBMITTED; a próxima consulta é devida às {time} (UTC).</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_eu_status.py"/>
        <source>No statement of this profile is waiting for the EU Information System.</source>
        <translation>Nenhuma declaração deste perfil está à espera do sistema de informação da UE.</translation>
    </message>
</context>
<context>
    <name>EuHeadings</name>
    <message>
        <location filename="../layers/words/eu_headings.py"/>
        <source>Live cattle, pure-bred breeding animals</source>
        <translation>Animais vivos da espécie bovina, reprodutores de raça pura</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_headings.py"/>
        <source>Live cattle, other</source>
        <translation>Animais vivos da espécie bovina, outros</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_headings.py"/>
        <source>Meat of bovine animals, fresh or chilled</source>
        <translation>Carnes de animais da espécie bovina, frescas ou refrigeradas</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_headings.py"/>
        <source>Meat of bovine animals, frozen</source>
        <translation>Carnes de animais da espécie bovina, congeladas</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_headings.py"/>
        <source>Edible offal of bovine animals, fresh or chilled</source>
        <translation>Miudezas comestíveis da espécie bovina, frescas ou refrigeradas</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_headings.py"/>
        <source>Edible bovine livers, frozen</source>
        <translation>Fígados comestíveis da espécie bovina, congelados</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_headings.py"/>
        <source>Edible offal of bovine animals, frozen, other</source>
        <translation>Miudezas comestíveis da espécie bovina, congeladas, outras</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_headings.py"/>
        <source>Prepared or preserved meat, offal or blood, of bovine animals</source>
        <translation>Preparações e conservas de carne, miudezas ou sangue da espécie bovina</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_headings.py"/>
        <source>Raw hides and skins of bovine animals (ex)</source>
        <translation>Couros e peles em bruto de bovinos (ex)</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_headings.py"/>
        <source>Tanned or crust hides and skins of bovine animals (ex)</source>
        <translation>Couros e peles curtidos ou em crosta de bovinos (ex)</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_headings.py"/>
        <source>Leather of bovine animals, further prepared after tanning or crusting (ex)</source>
        <translation>Couros de bovinos preparados após curtimenta ou secagem (ex)</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_headings.py"/>
        <source>Cocoa beans, whole or broken, raw or roasted</source>
        <translation>Cacau inteiro ou partido, em bruto ou torrado</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_headings.py"/>
        <source>Cocoa shells, husks, skins and waste</source>
        <translation>Cascas, películas e outros desperdícios de cacau</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_headings.py"/>
        <source>Cocoa paste</source>
        <translation>Pasta de cacau</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_headings.py"/>
        <source>Cocoa butter, fat and oil</source>
        <translation>Manteiga, gordura e óleo de cacau</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_headings.py"/>
        <source>Cocoa powder, not containing added sugar</source>
        <translation>Cacau em pó, sem adição de açúcar</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_headings.py"/>
        <source>Chocolate and food containing cocoa</source>
        <translation>Chocolate e outras preparações alimentícias que contenham cacau</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_headings.py"/>
        <source>Coffee; coffee husks and skins; coffee substitutes containing coffee</source>
        <translation>Café; cascas e películas de café; sucedâneos do café que contenham café</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_headings.py"/>
        <source>Palm nuts and kernels</source>
        <translation>Nozes e amêndoas de palmiste</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_headings.py"/>
        <source>Palm oil and its fractions</source>
        <translation>Óleo de palma e respetivas frações</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_headings.py"/>
        <source>Crude palm kernel and babassu oil</source>
        <translation>Óleos de palmiste ou de babaçu, em bruto</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_headings.py"/>
        <source>Palm kernel and babassu oil, other</source>
        <translation>Óleos de palmiste ou de babaçu, outros</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_headings.py"/>
        <source>Oilcake of palm nuts or kernels</source>
        <translation>Bagaços de nozes ou de amêndoas de palmiste</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_headings.py"/>
        <source>Glycerol, with a purity of 95 % or more (ex)</source>
        <translation>Glicerol, com pureza igual ou superior a 95 % (ex)</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_headings.py"/>
        <source>Palmitic acid, stearic acid, their salts and esters</source>
        <translation>Ácido palmítico, ácido esteárico, seus sais e ésteres</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_headings.py"/>
        <source>Saturated acyclic monocarboxylic acids, other</source>
        <translation>Ácidos monocarboxílicos acíclicos saturados, outros</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_headings.py"/>
        <source>Stearic acid, industrial (ex)</source>
        <translation>Ácido esteárico industrial (ex)</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_headings.py"/>
        <source>Oleic acid, industrial (ex)</source>
        <translation>Ácido oleico industrial (ex)</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_headings.py"/>
        <source>Industrial monocarboxylic fatty acids, other; acid oils from refining (ex)</source>
        <translation>Ácidos gordos monocarboxílicos industriais, outros; óleos ácidos de refinação (ex)</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_headings.py"/>
        <source>Industrial fatty alcohols (ex)</source>
        <translation>Álcoois gordos industriais (ex)</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_headings.py"/>
        <source>Natural rubber, balata, gutta-percha, guayule, chicle and similar natural gums</source>
        <translation>Borracha natural, balata, guta-percha, guaiúle, chicle e gomas naturais análogas</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_headings.py"/>
        <source>Compounded rubber, unvulcanised (ex)</source>
        <translation>Borracha misturada, não vulcanizada (ex)</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_headings.py"/>
        <source>Unvulcanised rubber in other forms (ex)</source>
        <translation>Borracha não vulcanizada noutras formas (ex)</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_headings.py"/>
        <source>Vulcanised rubber thread and cord (ex)</source>
        <translation>Fios e cordas de borracha vulcanizada (ex)</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_headings.py"/>
        <source>Plates, sheets, strip, rods of vulcanised rubber (ex)</source>
        <translation>Chapas, folhas, tiras, varetas de borracha vulcanizada (ex)</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_headings.py"/>
        <source>Conveyor or transmission belts of vulcanised rubber (ex)</source>
        <translation>Correias transportadoras ou de transmissão de borracha vulcanizada (ex)</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_headings.py"/>
        <source>New pneumatic tyres of rubber (ex)</source>
        <translation>Pneumáticos novos de borracha (ex)</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_headings.py"/>
        <source>Retreaded or used tyres of rubber (ex)</source>
        <translation>Pneumáticos recauchutados ou usados de borracha (ex)</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_headings.py"/>
        <source>Inner tubes of rubber (ex)</source>
        <translation>Câmaras de ar de borracha (ex)</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_headings.py"/>
        <source>Articles of apparel and gloves of vulcanised rubber (ex)</source>
        <translation>Vestuário e luvas de borracha vulcanizada (ex)</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_headings.py"/>
        <source>Other articles of vulcanised rubber (ex)</source>
        <translation>Outras obras de borracha vulcanizada (ex)</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_headings.py"/>
        <source>Hard rubber and articles of it (ex)</source>
        <translation>Borracha endurecida e suas obras (ex)</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_headings.py"/>
        <source>Soya beans</source>
        <translation>Soja em grão</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_headings.py"/>
        <source>Soya bean flour and meal</source>
        <translation>Farinhas de soja</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_headings.py"/>
        <source>Soya-bean oil and its fractions</source>
        <translation>Óleo de soja e respetivas frações</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_headings.py"/>
        <source>Oilcake and other solid residues of soya-bean oil</source>
        <translation>Bagaços e outros resíduos sólidos da extração do óleo de soja</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_headings.py"/>
        <source>Pulp of wood or of other fibrous cellulosic material; recovered paper</source>
        <translation>Pastas de madeira ou de outras matérias fibrosas celulósicas; papel ou cartão para reciclar</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_headings.py"/>
        <source>Paper and paperboard; articles of paper pulp, paper or paperboard</source>
        <translation>Papel e cartão; obras de pasta de celulose, de papel ou de cartão</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_headings.py"/>
        <source>Printed books, newspapers, pictures and other printed products, of paper</source>
        <translation>Livros, jornais, gravuras e outros produtos das indústrias gráficas, de papel</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_headings.py"/>
        <source>Seats, wooden (ex)</source>
        <translation>Assentos de madeira (ex)</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_headings.py"/>
        <source>Wooden furniture for offices</source>
        <translation>Móveis de madeira do tipo utilizado em escritórios</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_headings.py"/>
        <source>Wooden furniture for kitchens</source>
        <translation>Móveis de madeira do tipo utilizado em cozinhas</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_headings.py"/>
        <source>Wooden furniture for bedrooms</source>
        <translation>Móveis de madeira do tipo utilizado em quartos de dormir</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_headings.py"/>
        <source>Other wooden furniture</source>
        <translation>Outros móveis de madeira</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_headings.py"/>
        <source>Parts of furniture, of wood</source>
        <translation>Partes de móveis, de madeira</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_headings.py"/>
        <source>Prefabricated buildings of wood</source>
        <translation>Construções pré-fabricadas de madeira</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_headings.py"/>
        <source>Wood and articles of wood (heading {heading})</source>
        <translation>Madeira e obras de madeira (posição {heading})</translation>
    </message>
</context>
<context>
    <name>EuIsTab</name>
    <message>
        <location filename="../ui/wdg_eu_is.py"/>
        <source>Due diligence statements in the EU Information System (TRACES), from the plots on the map; and the numbers received from suppliers, verified.</source>
        <translation>Declarações de diligência devida no sistema de informação da UE (TRACES), a partir das parcelas do mapa; e os números recebidos dos fornecedores, verificados.</translation>
    </message>
</context>
<context>
    <name>EuMessages</name>
    <message>
        <location filename="../layers/words/eu_messages.py"/>
        <source>Production</source>
        <translation>Produção</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_messages.py"/>
        <source>Acceptance (test system)</source>
        <translation>Aceitação (sistema de teste)</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_messages.py"/>
        <source>Domestic</source>
        <translation>Nacional</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_messages.py"/>
        <source>Import</source>
        <translation>Importação</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_messages.py"/>
        <source>Export</source>
        <translation>Exportação</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_messages.py"/>
        <source>{n} producer</source>
        <translation>{n} produtor</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_messages.py"/>
        <source>{n} producers</source>
        <translation>{n} produtores</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_messages.py"/>
        <source>{n} place</source>
        <translation>{n} local</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_messages.py"/>
        <source>{n} places</source>
        <translation>{n} locais</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_messages.py"/>
        <source>{n} statement</source>
        <translation>{n} declaração</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_messages.py"/>
        <source>{n} statements</source>
        <translation>{n} declarações</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_messages.py"/>
        <source>Feature {fid}</source>
        <translation>Elemento {fid}</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_messages.py"/>
        <source>the service said: &quot;{errors}&quot;</source>
        <translation>o serviço respondeu: «{errors}»</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_messages.py"/>
        <source>Activity &apos;{value}&apos; is not one of DOMESTIC, IMPORT, EXPORT.</source>
        <translation>A atividade &apos;{value}&apos; não é DOMESTIC, IMPORT nem EXPORT.</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_messages.py"/>
        <source>Operator role &apos;{value}&apos; is not one of OPERATOR, REPRESENTATIVE_OPERATOR.</source>
        <translation>A função de operador &apos;{value}&apos; não é OPERATOR nem REPRESENTATIVE_OPERATOR.</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_messages.py"/>
        <source>{field} has {length} characters; the EU Information System takes at most {limit}.</source>
        <translation>{field} tem {length} caracteres; o sistema de informação da UE aceita no máximo {limit}.</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_messages.py"/>
        <source>{field} &apos;{value}&apos; is not the code of an EU member state (or XI, Northern Ireland).</source>
        <translation>{field} &apos;{value}&apos; não é o código de um Estado-Membro da UE (nem XI, Irlanda do Norte).</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_messages.py"/>
        <source>Activity {activity} needs the operator&apos;s EORI number.</source>
        <translation>A atividade {activity} exige o número EORI do operador.</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_messages.py"/>
        <source>&apos;{value}&apos; is not an EORI number: the country&apos;s two letters, then up to 15 letters or digits.</source>
        <translation>&apos;{value}&apos; não é um número EORI: as duas letras do país, seguidas de até 15 letras ou algarismos.</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_messages.py"/>
        <source>An authorised representative&apos;s statement needs the represented operator: name, address (country, street, postal code, city) and an identifier.</source>
        <translation>A declaração de um mandatário exige o operador representado: nome, endereço (país, rua, código postal, cidade) e um identificador.</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_messages.py"/>
        <source>Identifier type &apos;{value}&apos; of the represented operator is not one of {types}.</source>
        <translation>O tipo de identificador &apos;{value}&apos; do operador representado não é um de {types}.</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_messages.py"/>
        <source>&apos;{value}&apos; is not an e-mail address.</source>
        <translation>&apos;{value}&apos; não é um endereço de e-mail.</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_messages.py"/>
        <source>{field} &apos;{value}&apos; is not an ISO 3166-1 alpha-2 country code.</source>
        <translation>{field} &apos;{value}&apos; não é um código de país ISO 3166-1 alfa-2.</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_messages.py"/>
        <source>Associated statement &apos;{value}&apos; is not a reference number (up to 14 letters and digits).</source>
        <translation>A declaração associada &apos;{value}&apos; não é um número de referência (até 14 letras e algarismos).</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_messages.py"/>
        <source>{count} commodity lines: at most {limit} in one statement.</source>
        <translation>Linhas de produtos de base: {count}; no máximo {limit} numa declaração.</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_messages.py"/>
        <source>Commodity {line}: HS heading &apos;{value}&apos; must be 2 to 6 digits.</source>
        <translation>Produto {line}: a posição SH &apos;{value}&apos; tem de ter 2 a 6 algarismos.</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_messages.py"/>
        <source>Commodity {line}: HS heading {value} is not in {source}: only the listed products of cattle, cocoa, coffee, oil palm, rubber, soya and wood are declared.</source>
        <translation>Produto {line}: a posição SH {value} não consta de {source}: só são declarados os produtos enumerados derivados de bovinos, cacau, café, palmeira-dendém, borracha, soja e madeira.</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_messages.py"/>
        <source>Commodity {line}: give a description of the goods.</source>
        <translation>Produto {line}: indique uma descrição das mercadorias.</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_messages.py"/>
        <source>Commodity {line}: activity {activity} needs the net mass (kg).</source>
        <translation>Produto {line}: a atividade {activity} exige a massa líquida (kg).</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_messages.py"/>
        <source>Commodity {line}: give the net mass (kg) or a supplementary unit.</source>
        <translation>Produto {line}: indique a massa líquida (kg) ou uma unidade suplementar.</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_messages.py"/>
        <source>Commodity {line}: {field} &apos;{value}&apos; is not a number with at most 6 decimals below 10,000,000,000.</source>
        <translation>Produto {line}: {field} &apos;{value}&apos; não é um número com no máximo 6 casas decimais inferior a 10 000 000 000.</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_messages.py"/>
        <source>Commodity {line}: {field} must be more than 0 (it is {value}).</source>
        <translation>Produto {line}: {field} tem de ser superior a 0 (é {value}).</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_messages.py"/>
        <source>Commodity {line}: a supplementary unit needs its qualifier (3 or 4 letters, such as NAR or MTQ).</source>
        <translation>Produto {line}: uma unidade suplementar exige o seu qualificador (3 ou 4 letras, como NAR ou MTQ).</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_messages.py"/>
        <source>Commodity {line}: the supplementary unit qualifier &apos;{value}&apos; must be 3 or 4 letters or digits.</source>
        <translation>Produto {line}: o qualificador da unidade suplementar &apos;{value}&apos; tem de ter 3 ou 4 letras ou algarismos.</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_messages.py"/>
        <source>Commodity {line}: a supplementary unit qualifier (&apos;{value}&apos;) without the supplementary unit.</source>
        <translation>Produto {line}: um qualificador de unidade suplementar (&apos;{value}&apos;) sem a unidade suplementar.</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_messages.py"/>
        <source>Commodity {line} (HS {heading}) is wood: give at least one species with its scientific and common name.</source>
        <translation>O produto {line} (SH {heading}) é madeira: indique pelo menos uma espécie com o nome científico e o nome comum.</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_messages.py"/>
        <source>Commodity {line}: no production place to declare.</source>
        <translation>Produto {line}: nenhum local de produção a declarar.</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_messages.py"/>
        <source>Commodity {line}: {count} producers, but at most {limit} per commodity fit in one statement: split it into {parts} statements.</source>
        <translation>Produto {line}: produtores: {count}, mas numa declaração cabem no máximo {limit} por produto: divida-a em {parts} declarações.</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_messages.py"/>
        <source>{count} producers, but at most {limit} fit in one statement: split it into {parts} statements.</source>
        <translation>Produtores: {count}, mas numa declaração cabem no máximo {limit}: divida-a em {parts} declarações.</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_messages.py"/>
        <source>{size_mb} MB of geolocation, but one statement carries at most {limit_mb} MB (25 MB once Base64-encoded): split it into {parts} statements.</source>
        <translation>{size_mb} MB de geolocalização, mas uma declaração leva no máximo {limit_mb} MB (25 MB depois de codificada em Base64): divida-a em {parts} declarações.</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_messages.py"/>
        <source>Commodity {line}, producer {producer} ({name}), feature {feature}: {finding}</source>
        <translation>Produto {line}, produtor {producer} ({name}), elemento {feature}: {finding}</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_messages.py"/>
        <source>Commodity {line}, producer {producer} ({name}): country &apos;{value}&apos; is not an ISO 3166-1 alpha-2 code.</source>
        <translation>Produto {line}, produtor {producer} ({name}): o país &apos;{value}&apos; não é um código ISO 3166-1 alfa-2.</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_messages.py"/>
        <source>The layer has no field &apos;{field}&apos; for the {role} (fields: {fields}).</source>
        <translation>A camada não tem o campo &apos;{field}&apos; ({role}) (campos: {fields}).</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_messages.py"/>
        <source>{feature}: no geometry; a production place needs its point or polygon.</source>
        <translation>{feature}: sem geometria; um local de produção precisa do seu ponto ou polígono.</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_messages.py"/>
        <source>{feature}: no producer name in the field &apos;{field}&apos;.</source>
        <translation>{feature}: nenhum nome de produtor no campo &apos;{field}&apos;.</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_messages.py"/>
        <source>{feature}: no producer country in the field &apos;{field}&apos; (the two-letter ISO code).</source>
        <translation>{feature}: nenhum país do produtor no campo &apos;{field}&apos; (o código ISO de duas letras).</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_messages.py"/>
        <source>No production place to declare: the layer or the selection has no feature.</source>
        <translation>Nenhum local de produção a declarar: a camada ou a seleção não tem elementos.</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_messages.py"/>
        <source>The EU Information System could not be used; the Message Log says why.</source>
        <translation>Não foi possível usar o sistema de informação da UE; o registo de mensagens indica porquê.</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_messages.py"/>
        <source>Could not reach the EU Information System at {host}: the secure connection failed (certificate not trusted?). Check the internet connection, the proxy and the environment.</source>
        <translation>Não foi possível contactar o sistema de informação da UE em {host}: a ligação segura falhou (certificado não fidedigno?). Verifique a ligação à internet, o proxy e o ambiente.</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_messages.py"/>
        <source>Could not reach the EU Information System at {host}: the proxy refused the connection. Check the proxy settings.</source>
        <translation>Não foi possível contactar o sistema de informação da UE em {host}: o proxy recusou a ligação. Verifique as definições do proxy.</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_messages.py"/>
        <source>Could not reach the EU Information System at {host}: no answer. Check the internet connection, the proxy and the environment.</source>
        <translation>Não foi possível contactar o sistema de informação da UE em {host}: sem resposta. Verifique a ligação à internet, o proxy e o ambiente.</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_messages.py"/>
        <source>{host} did not confirm {operation} ({what}): it may have been recorded. It was not sent again; look it up by its internal reference &apos;{internal_reference}&apos; before sending it again.</source>
        <translation>{host} não confirmou {operation} ({what}): pode ter ficado registada. Não foi enviada novamente; procure-a pela referência interna &apos;{internal_reference}&apos; antes de a enviar outra vez.</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_messages.py"/>
        <source>The EU Information System failed on {operation} ({errors}); try again later.</source>
        <translation>O sistema de informação da UE falhou em {operation} ({errors}); tente novamente mais tarde.</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_messages.py"/>
        <source>{host} answered {operation} without a statement.</source>
        <translation>{host} respondeu a {operation} sem nenhuma declaração.</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_messages.py"/>
        <source>{host} answered {operation} with something that is not its SOAP answer (HTTP {status}).</source>
        <translation>{host} respondeu a {operation} com algo que não é a sua resposta SOAP (HTTP {status}).</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_messages.py"/>
        <source>The answer of the EU Information System is too large; it was not read.</source>
        <translation>A resposta do sistema de informação da UE é demasiado grande; não foi lida.</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_messages.py"/>
        <source>The answer of the EU Information System contains a DTD or entity declaration, which a SOAP message may not have; it was not read.</source>
        <translation>A resposta do sistema de informação da UE contém uma DTD ou uma declaração de entidade, que uma mensagem SOAP não pode ter; não foi lida.</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_messages.py"/>
        <source>The answer of the EU Information System is not well-formed XML ({error}).</source>
        <translation>A resposta do sistema de informação da UE não é XML bem formado ({error}).</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_messages.py"/>
        <source>&apos;{text}&apos; must be only the server address (no user name, password, &apos;?&apos; or &apos;#&apos;); the username and authentication key are kept in QGIS&apos;s authentication database.</source>
        <translation>&apos;{text}&apos; deve ser apenas o endereço do servidor (sem nome de utilizador, palavra-passe, &apos;?&apos; nem &apos;#&apos;); o nome de utilizador e a chave de autenticação são guardados na base de autenticação do QGIS.</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_messages.py"/>
        <source>The statement cannot be written: {field} &apos;{value}&apos; is not a value the EU Information System takes.</source>
        <translation>Não é possível escrever a declaração: {field} &apos;{value}&apos; não é um valor aceite pelo sistema de informação da UE.</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_messages.py"/>
        <source>The EU Information System username contains characters a username cannot have.</source>
        <translation>O nome de utilizador do sistema de informação da UE contém caracteres que um nome de utilizador não pode ter.</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_messages.py"/>
        <source>The EU Information System ({host}) refused the username or authentication key of &apos;{username}&apos; ({errors}). Check both in the EU Login profile, Web Services Access, and that they belong to the {environment} environment.</source>
        <translation>O sistema de informação da UE ({host}) recusou o nome de utilizador ou a chave de autenticação de &apos;{username}&apos; ({errors}). Verifique ambos no perfil EU Login, acesso a serviços web, e se pertencem ao ambiente {environment}.</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_messages.py"/>
        <source>{host} refused the request&apos;s time ({errors}): the computer&apos;s clock must be within 5 minutes of the EU Information System&apos;s. Set the clock (automatic time, NTP) and try again.</source>
        <translation>{host} recusou a hora do pedido ({errors}): o relógio do computador tem de estar a menos de 5 minutos do relógio do sistema de informação da UE. Acerte o relógio (hora automática, NTP) e tente novamente.</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_messages.py"/>
        <source>The EU Information System is unavailable (HTTP {status} from {host}); try again later.</source>
        <translation>O sistema de informação da UE está indisponível (HTTP {status} de {host}); tente novamente mais tarde.</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_messages.py"/>
        <source>The EU Information System refused {operation}: {errors}</source>
        <translation>O sistema de informação da UE recusou {operation}: {errors}</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_messages.py"/>
        <source>{host} has no such statement ({errors}).</source>
        <translation>{host} não tem essa declaração ({errors}).</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_messages.py"/>
        <source>The EU Information System does not allow {operation} here ({errors}).</source>
        <translation>O sistema de informação da UE não permite {operation} aqui ({errors}).</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_messages.py"/>
        <source>{host} refused the request&apos;s security token as already used ({errors}). Try again.</source>
        <translation>{host} recusou o token de segurança do pedido por já ter sido usado ({errors}). Tente novamente.</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_messages.py"/>
        <source>The EU Information System needs a username and an authentication key (EU Login profile, Web Services Access).</source>
        <translation>O sistema de informação da UE precisa de um nome de utilizador e de uma chave de autenticação (perfil EU Login, acesso a serviços web).</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_messages.py"/>
        <source>&apos;{text}&apos; uses plain http: the authentication digest and the statements would travel unencrypted. Use https (plain http is only for a test service on this machine).</source>
        <translation>&apos;{text}&apos; usa http simples: o resumo de autenticação e as declarações circulariam sem encriptação. Use https (o http simples só é permitido para um serviço de teste nesta máquina).</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_messages.py"/>
        <source>&apos;{text}&apos; is not a server address: give a full URL such as {example}</source>
        <translation>&apos;{text}&apos; não é um endereço de servidor: indique um URL completo como {example}</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_messages.py"/>
        <source>Unknown EU Information System environment &apos;{name}&apos;: choose acceptance (the Commission&apos;s test system) or production.</source>
        <translation>Ambiente do sistema de informação da UE desconhecido &apos;{name}&apos;: escolha acceptance (o sistema de teste da Comissão) ou production.</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_messages.py"/>
        <source>{url} is the production EU Information System: choose the production environment explicitly to send statements there.</source>
        <translation>{url} é o sistema de informação da UE de produção: escolha explicitamente o ambiente production para enviar declarações para lá.</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_messages.py"/>
        <source>Commodity {line}, producer {producer} ({name}), feature {feature}</source>
        <translation>Produto {line}, produtor {producer} ({name}), elemento {feature}</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_messages.py"/>
        <source>This computer&apos;s clock is 1 minute ahead of the server&apos;s.</source>
        <translation>O relógio deste computador está 1 minuto adiantado em relação ao do servidor.</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_messages.py"/>
        <source>This computer&apos;s clock is {minutes} minutes ahead of the server&apos;s.</source>
        <translation>O relógio deste computador está {minutes} min adiantado em relação ao do servidor.</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_messages.py"/>
        <source>This computer&apos;s clock is 1 minute behind the server&apos;s.</source>
        <translation>O relógio deste computador está 1 minuto atrasado em relação ao do servidor.</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_messages.py"/>
        <source>This computer&apos;s clock is {minutes} minutes behind the server&apos;s.</source>
        <translation>O relógio deste computador está {minutes} min atrasado em relação ao do servidor.</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_messages.py"/>
        <source> (1 more problem found)</source>
        <translation> (foi encontrado mais 1 problema)</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_messages.py"/>
        <source> ({n} more problems found)</source>
        <translation> (foram encontrados mais {n} problemas)</translation>
    </message>
    <message>
        <location filename="../layers/words/eu_messages.py"/>
        <source>Nothing was sent again; before sending it again, look it up by its internal reference &apos;{reference}&apos;.</source>
        <translation>Nada foi enviado novamente; antes de o enviar outra vez, procure-o pela referência interna &apos;{reference}&apos;.</translation>
    </message>
    <message>
        <source> ({n} more problem(s) found)</source>
        <translation type="obsolete"> (outros problemas encontrados: {n})</translation>
    </message>
</context>
<context>
    <name>EuNewStatement</name>
    <message>
        <location filename="../ui/eu_new_statement.py"/>
        <source>{producers}, {places}, {size} MB of geolocation.</source>
        <translation>{producers}, {places}, {size} MB de geolocalização.</translation>
    </message>
    <message>
        <location filename="../ui/eu_new_statement.py"/>
        <source>Refused before sending: {problem}</source>
        <translation>Recusada antes do envio: {problem}</translation>
    </message>
    <message>
        <location filename="../ui/eu_new_statement.py"/>
        <source>Nothing the EU Information System would refuse was found: ready to submit to {environment}.</source>
        <translation>Não foi encontrado nada que o sistema de informação da UE recusaria: pronta para submeter. Ambiente: {environment}.</translation>
    </message>
    <message>
        <location filename="../ui/eu_new_statement.py"/>
        <source>Over the limits of one statement (1,000 producers, 25 MB): it will be sent as {n} statements, the quantities divided by area.</source>
        <translation>Excede os limites de uma declaração (1000 produtores, 25 MB): será enviada como {n} declarações, com as quantidades repartidas pela área.</translation>
    </message>
    <message>
        <location filename="../ui/eu_new_statement.py"/>
        <source>{n} warning: {warning}</source>
        <translation>{n} aviso: {warning}</translation>
    </message>
    <message>
        <location filename="../ui/eu_new_statement.py"/>
        <source>{n} warnings, the first: {warning}</source>
        <translation>{n} avisos; o primeiro: {warning}</translation>
    </message>
    <message>
        <location filename="../ui/eu_new_statement.py"/>
        <source>New statement</source>
        <translation>Nova declaração</translation>
    </message>
    <message>
        <location filename="../ui/eu_new_statement.py"/>
        <source>Preview</source>
        <translation>Pré-visualizar</translation>
    </message>
    <message>
        <location filename="../ui/eu_new_statement.py"/>
        <source>Read the places and check everything the EU Information System would refuse; nothing is sent.</source>
        <translation>Lê os locais e verifica tudo o que o sistema de informação da UE recusaria; nada é enviado.</translation>
    </message>
    <message>
        <location filename="../ui/eu_new_statement.py"/>
        <source>Submit...</source>
        <translation>Submeter...</translation>
    </message>
    <message>
        <location filename="../ui/eu_new_statement.py"/>
        <source>Choose the layer of production places.</source>
        <translation>Escolha a camada dos locais de produção.</translation>
    </message>
    <message>
        <location filename="../ui/eu_new_statement.py"/>
        <source>Reading {layer} ...</source>
        <translation>A ler {layer} ...</translation>
    </message>
    <message>
        <location filename="../ui/eu_new_statement.py"/>
        <source>Statement preview: {text}</source>
        <translation>Pré-visualização da declaração: {text}</translation>
    </message>
    <message>
        <location filename="../ui/eu_new_statement.py"/>
        <source>Read the statement</source>
        <translation>Leitura da declaração</translation>
    </message>
    <message>
        <location filename="../ui/eu_new_statement.py"/>
        <source>EU Information System</source>
        <translation>Sistema de informação da UE</translation>
    </message>
    <message>
        <location filename="../ui/eu_new_statement.py"/>
        <source>Submit {n} due diligence statement ({producers}) to the EU Information System, {environment} ({host})?</source>
        <translation>Submeter {n} declaração de diligência devida ({producers}) ao sistema de informação da UE, {environment} ({host})?</translation>
    </message>
    <message>
        <location filename="../ui/eu_new_statement.py"/>
        <source>Submit {n} due diligence statements ({producers}) to the EU Information System, {environment} ({host})?</source>
        <translation>Submeter {n} declarações de diligência devida ({producers}) ao sistema de informação da UE, {environment} ({host})?</translation>
    </message>
    <message>
        <location filename="../ui/eu_new_statement.py"/>
        <source>Production: this is a legal declaration to the EU.</source>
        <translation>Produção: trata-se de uma declaração juridicamente vinculativa perante a UE.</translation>
    </message>
    <message>
        <location filename="../ui/eu_new_statement.py"/>
        <source>Not submitted.</source>
        <translation>Não submetida.</translation>
    </message>
    <message>
        <location filename="../ui/eu_new_statement.py"/>
        <source>{error} The statements before it were sent: {sent}.</source>
        <translation>{error} As declarações anteriores foram enviadas: {sent}.</translation>
    </message>
    <message>
        <location filename="../ui/eu_new_statement.py"/>
        <source>Submit the statement</source>
        <translation>Submissão da declaração</translation>
    </message>
    <message>
        <location filename="../ui/eu_new_statement.py"/>
        <source>Submitted {reference} as {uuid}; waiting for the EU Information System&apos;s answer.</source>
        <translation>{reference} submetida como {uuid}; a aguardar a resposta do sistema de informação da UE.</translation>
    </message>
    <message>
        <location filename="../ui/eu_new_statement.py"/>
        <source>Amended since it was submitted (last on {time}).</source>
        <translation>Alterada desde a submissão (última vez em {time}).</translation>
    </message>
    <message>
        <source>{producers} producer(s), {places} place(s), {size} MB of geolocation.</source>
        <translation type="obsolete">Produtores: {producers}, locais: {places}, geolocalização: {size} MB.</translation>
    </message>
    <message>
        <source>{n} warning(s), e.g.: {warning}</source>
        <translation type="obsolete">Avisos: {n}, p. ex.: {warning}</translation>
    </message>
    <message>
        <source>Submit {n} due diligence statement(s) ({producers} producer(s)) to the EU Information System, {environment} ({host})?</source>
        <translation type="obsolete">Submeter {n} declaração(ões) de diligência devida ({producers} produtor(es)) ao sistema de informação da UE, {environment} ({host})?</translation>
    </message>
</context>
<context>
    <name>EuPlotNumbers</name>
    <message>
        <location filename="../layers/operations/eu_plot_numbers.py"/>
        <source>EU reference number</source>
        <translation>Número de referência UE</translation>
    </message>
    <message>
        <location filename="../layers/operations/eu_plot_numbers.py"/>
        <source>EU verification number</source>
        <translation>Número de verificação UE</translation>
    </message>
    <message>
        <location filename="../layers/operations/eu_plot_numbers.py"/>
        <source>Plots table</source>
        <translation>Tabela de parcelas</translation>
    </message>
    <message>
        <location filename="../layers/operations/eu_plot_numbers.py"/>
        <source>Plot feature id</source>
        <translation>Id. da entidade da parcela</translation>
    </message>
    <message>
        <location filename="../layers/operations/eu_plot_numbers.py"/>
        <source>Statement</source>
        <translation>Declaração</translation>
    </message>
    <message>
        <location filename="../layers/operations/eu_plot_numbers.py"/>
        <source>Statement UUID</source>
        <translation>UUID da declaração</translation>
    </message>
    <message>
        <location filename="../layers/operations/eu_plot_numbers.py"/>
        <source>Internal reference</source>
        <translation>Referência interna</translation>
    </message>
    <message>
        <location filename="../layers/operations/eu_plot_numbers.py"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../layers/operations/eu_plot_numbers.py"/>
        <source>Statement numbers of {table}</source>
        <translation>Números das declarações de {table}</translation>
    </message>
</context>
<context>
    <name>EuRegister</name>
    <message>
        <location filename="../layers/tables/eu_register.py"/>
        <source>Cannot open {path} to write the register.</source>
        <translation>Não é possível abrir {path} para escrever o registo.</translation>
    </message>
    <message>
        <location filename="../layers/tables/eu_register.py"/>
        <source>The table &apos;{table}&apos; in {path} is not a register of statements (it has no {columns}): choose another table name.</source>
        <translation>A tabela &apos;{table}&apos; em {path} não é um registo de declarações (faltam-lhe {columns}): escolha outro nome de tabela.</translation>
    </message>
    <message>
        <location filename="../layers/tables/eu_register.py"/>
        <source>&apos;{reference}&apos; / &apos;{verification}&apos; is not a reference number (up to 14 characters) with its verification number (5 to 35 characters): nothing was asked.</source>
        <translation>&apos;{reference}&apos; / &apos;{verification}&apos; não é um número de referência (até 14 caracteres) com o respetivo número de verificação (5 a 35 caracteres): nada foi consultado.</translation>
    </message>
</context>
<context>
    <name>EuRegisterBox</name>
    <message>
        <location filename="../ui/eu_register_box.py"/>
        <source>Exists, usable</source>
        <translation>Existe, utilizável</translation>
    </message>
    <message>
        <location filename="../ui/eu_register_box.py"/>
        <source>Exists, not usable</source>
        <translation>Existe, não utilizável</translation>
    </message>
    <message>
        <location filename="../ui/eu_register_box.py"/>
        <source>Does not exist</source>
        <translation>Não existe</translation>
    </message>
    <message>
        <location filename="../ui/eu_register_box.py"/>
        <source>Not verified yet</source>
        <translation>Ainda não verificado</translation>
    </message>
    <message>
        <location filename="../ui/eu_register_box.py"/>
        <source>Reference number {reference}, verification number {verification}; supplier {supplier}, received on {received}, product {product}; the service said {result} ({status}, {date}); checked {checked}.</source>
        <translation>Número de referência {reference}, número de verificação {verification}; fornecedor {supplier}, recebido em {received}, produto {product}; o serviço respondeu {result} ({status}, {date}); verificado em {checked}.</translation>
    </message>
    <message>
        <location filename="../ui/eu_register_box.py"/>
        <source>Statements received from suppliers (verify register)</source>
        <translation>Declarações recebidas (registo de verificação)</translation>
    </message>
    <message>
        <location filename="../ui/eu_register_box.py"/>
        <source>GeoPackage</source>
        <translation>GeoPackage</translation>
    </message>
    <message>
        <location filename="../ui/eu_register_box.py"/>
        <source>Table</source>
        <translation>Tabela</translation>
    </message>
    <message>
        <location filename="../ui/eu_register_box.py"/>
        <source>Reference number</source>
        <translation>Número de referência</translation>
    </message>
    <message>
        <location filename="../ui/eu_register_box.py"/>
        <source>Verification number</source>
        <translation>Número de verificação</translation>
    </message>
    <message>
        <location filename="../ui/eu_register_box.py"/>
        <source>Supplier</source>
        <translation>Fornecedor</translation>
    </message>
    <message>
        <location filename="../ui/eu_register_box.py"/>
        <source>Received on</source>
        <translation>Recebido em</translation>
    </message>
    <message>
        <location filename="../ui/eu_register_box.py"/>
        <source>Product</source>
        <translation>Produto</translation>
    </message>
    <message>
        <location filename="../ui/eu_register_box.py"/>
        <source>Add to the register</source>
        <translation>Adicionar ao registo</translation>
    </message>
    <message>
        <location filename="../ui/eu_register_box.py"/>
        <source>Verify all</source>
        <translation>Verificar tudo</translation>
    </message>
    <message>
        <location filename="../ui/eu_register_box.py"/>
        <source>Ask the EU Information System about every pair of numbers in the register; each answer is kept, dated, for five years.</source>
        <translation>Consulta o sistema de informação da UE sobre cada par de números do registo; cada resposta é guardada, datada, durante cinco anos.</translation>
    </message>
    <message>
        <location filename="../ui/eu_register_box.py"/>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location filename="../ui/eu_register_box.py"/>
        <source>Choose the GeoPackage of the register (a new file is created).</source>
        <translation>Escolha o GeoPackage do registo (é criado um novo ficheiro).</translation>
    </message>
    <message>
        <location filename="../ui/eu_register_box.py"/>
        <source>Read the register</source>
        <translation>Leitura do registo</translation>
    </message>
    <message>
        <location filename="../ui/eu_register_box.py"/>
        <source>Give the reference number and the verification number the supplier gave.</source>
        <translation>Indique o número de referência e o número de verificação dados pelo fornecedor.</translation>
    </message>
    <message>
        <location filename="../ui/eu_register_box.py"/>
        <source>{reference} added to the register; Verify all asks the EU Information System about it.</source>
        <translation>{reference} adicionado ao registo; &apos;Verificar tudo&apos; consulta-o no sistema de informação da UE.</translation>
    </message>
    <message>
        <location filename="../ui/eu_register_box.py"/>
        <source>{n} pair verified; every answer kept in {table}.</source>
        <translation>{n} par verificado; cada resposta fica guardada em {table}.</translation>
    </message>
    <message>
        <location filename="../ui/eu_register_box.py"/>
        <source>{n} pairs verified; every answer kept in {table}.</source>
        <translation>{n} pares verificados; cada resposta fica guardada em {table}.</translation>
    </message>
    <message>
        <location filename="../ui/eu_register_box.py"/>
        <source>Verify the register</source>
        <translation>Verificação do registo</translation>
    </message>
    <message>
        <source>Checked</source>
        <translation type="obsolete">Verificado em</translation>
    </message>
    <message>
        <source>{n} pair(s) verified; every answer kept in {table}.</source>
        <translation type="obsolete">Pares verificados: {n}; cada resposta fica guardada em {table}.</translation>
    </message>
</context>
<context>
    <name>EuStatementForm</name>
    <message>
        <location filename="../ui/eu_statement_form.py"/>
        <source>Operator</source>
        <translation>Operador</translation>
    </message>
    <message>
        <location filename="../ui/eu_statement_form.py"/>
        <source>Authorised representative</source>
        <translation>Mandatário</translation>
    </message>
    <message>
        <location filename="../ui/eu_statement_form.py"/>
        <source>Not a heading of Annex I: the EU Information System would refuse it.</source>
        <translation>Não é uma posição do anexo I: o sistema de informação da UE recusá-la-ia.</translation>
    </message>
    <message>
        <location filename="../ui/eu_statement_form.py"/>
        <source>(none)</source>
        <translation>(nenhum)</translation>
    </message>
    <message>
        <location filename="../ui/eu_statement_form.py"/>
        <source>Selected features only</source>
        <translation>Apenas elementos selecionados</translation>
    </message>
    <message>
        <location filename="../ui/eu_statement_form.py"/>
        <source>The producer&apos;s country: the two-letter ISO code (the preflight&apos;s fix fills ProducerCountry from the geometry).</source>
        <translation>O país do produtor: o código ISO de duas letras (a correção da verificação prévia preenche ProducerCountry a partir da geometria).</translation>
    </message>
    <message>
        <location filename="../ui/eu_statement_form.py"/>
        <source>Production places</source>
        <translation>Locais de produção</translation>
    </message>
    <message>
        <location filename="../ui/eu_statement_form.py"/>
        <source>Producer name field</source>
        <translation>Campo do nome do produtor</translation>
    </message>
    <message>
        <location filename="../ui/eu_statement_form.py"/>
        <source>Producer country field</source>
        <translation>Campo do país do produtor</translation>
    </message>
    <message>
        <location filename="../ui/eu_statement_form.py"/>
        <source>e.g. FR1234567890123 (IMPORT and EXPORT)</source>
        <translation>p. ex. FR1234567890123 (importação, exportação)</translation>
    </message>
    <message>
        <location filename="../ui/eu_statement_form.py"/>
        <source>Activity</source>
        <translation>Atividade</translation>
    </message>
    <message>
        <location filename="../ui/eu_statement_form.py"/>
        <source>Operator role</source>
        <translation>Função do operador</translation>
    </message>
    <message>
        <location filename="../ui/eu_statement_form.py"/>
        <source>name</source>
        <translation>nome</translation>
    </message>
    <message>
        <location filename="../ui/eu_statement_form.py"/>
        <source>country (2 letters)</source>
        <translation>país (2 letras)</translation>
    </message>
    <message>
        <location filename="../ui/eu_statement_form.py"/>
        <source>street and number</source>
        <translation>rua e número</translation>
    </message>
    <message>
        <location filename="../ui/eu_statement_form.py"/>
        <source>postal code</source>
        <translation>código postal</translation>
    </message>
    <message>
        <location filename="../ui/eu_statement_form.py"/>
        <source>city</source>
        <translation>cidade</translation>
    </message>
    <message>
        <location filename="../ui/eu_statement_form.py"/>
        <source>identifiers, e.g. vat:DE123456789</source>
        <translation>identificadores, p. ex. vat:DE123456789</translation>
    </message>
    <message>
        <location filename="../ui/eu_statement_form.py"/>
        <source>Represented operator</source>
        <translation>Operador representado</translation>
    </message>
    <message>
        <location filename="../ui/eu_statement_form.py"/>
        <source>EORI number</source>
        <translation>Número EORI</translation>
    </message>
    <message>
        <location filename="../ui/eu_statement_form.py"/>
        <source>Country of activity</source>
        <translation>País da atividade</translation>
    </message>
    <message>
        <location filename="../ui/eu_statement_form.py"/>
        <source>Border-cross country</source>
        <translation>País de passagem da fronteira</translation>
    </message>
    <message>
        <location filename="../ui/eu_statement_form.py"/>
        <source>The HS heading of Annex I of Regulation (EU) 2023/1115 (pick one, or type 2 to 6 digits of a subdivision).</source>
        <translation>A posição SH do anexo I do Regulamento (UE) 2023/1115 (escolha uma ou escreva 2 a 6 algarismos de uma subdivisão).</translation>
    </message>
    <message>
        <location filename="../ui/eu_statement_form.py"/>
        <source>e.g. Green coffee beans, not roasted</source>
        <translation>p. ex. Café verde em grão, não torrado</translation>
    </message>
    <message>
        <location filename="../ui/eu_statement_form.py"/>
        <source>kg (IMPORT and EXPORT: required)</source>
        <translation>kg (importação, exportação: obrigatório)</translation>
    </message>
    <message>
        <location filename="../ui/eu_statement_form.py"/>
        <source>quantity in the unit below</source>
        <translation>quantidade (unidade abaixo)</translation>
    </message>
    <message>
        <location filename="../ui/eu_statement_form.py"/>
        <source>unit, e.g. MTQ, NAR</source>
        <translation>unidade, p. ex. MTQ, NAR</translation>
    </message>
    <message>
        <location filename="../ui/eu_statement_form.py"/>
        <source>e.g. Quercus robur</source>
        <translation>p. ex. Quercus robur</translation>
    </message>
    <message>
        <location filename="../ui/eu_statement_form.py"/>
        <source>e.g. oak</source>
        <translation>p. ex. carvalho</translation>
    </message>
    <message>
        <location filename="../ui/eu_statement_form.py"/>
        <source>HS heading</source>
        <translation>Posição SH</translation>
    </message>
    <message>
        <location filename="../ui/eu_statement_form.py"/>
        <source>Description of the goods</source>
        <translation>Descrição das mercadorias</translation>
    </message>
    <message>
        <location filename="../ui/eu_statement_form.py"/>
        <source>Net mass (kg)</source>
        <translation>Massa líquida (kg)</translation>
    </message>
    <message>
        <location filename="../ui/eu_statement_form.py"/>
        <source>Supplementary unit</source>
        <translation>Unidade suplementar</translation>
    </message>
    <message>
        <location filename="../ui/eu_statement_form.py"/>
        <source>Unit qualifier</source>
        <translation>Qualificador da unidade</translation>
    </message>
    <message>
        <location filename="../ui/eu_statement_form.py"/>
        <source>Species: scientific name</source>
        <translation>Espécie: nome científico</translation>
    </message>
    <message>
        <location filename="../ui/eu_statement_form.py"/>
        <source>Species: common name</source>
        <translation>Espécie: nome comum</translation>
    </message>
    <message>
        <location filename="../ui/eu_statement_form.py"/>
        <source>empty: one is made</source>
        <translation>vazio: é criada uma</translation>
    </message>
    <message>
        <location filename="../ui/eu_statement_form.py"/>
        <source>Your reference (order, shipment): it also finds a statement whose answer was lost.</source>
        <translation>A sua referência (encomenda, remessa): também permite encontrar uma declaração cuja resposta se perdeu.</translation>
    </message>
    <message>
        <location filename="../ui/eu_statement_form.py"/>
        <source>Geolocation confidential</source>
        <translation>Geolocalização confidencial</translation>
    </message>
    <message>
        <location filename="../ui/eu_statement_form.py"/>
        <source>reference numbers, separated by commas</source>
        <translation>número, número, ...</translation>
    </message>
    <message>
        <location filename="../ui/eu_statement_form.py"/>
        <source>Internal reference</source>
        <translation>Referência interna</translation>
    </message>
    <message>
        <location filename="../ui/eu_statement_form.py"/>
        <source>Associated statements</source>
        <translation>Declarações associadas</translation>
    </message>
    <message>
        <source>Domestic</source>
        <translation type="obsolete">Nacional</translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="obsolete">Importação</translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="obsolete">Exportação</translation>
    </message>
</context>
<context>
    <name>EuStatementList</name>
    <message>
        <location filename="../ui/eu_statement_list.py"/>
        <source>Internal reference: {value}</source>
        <translation>Referência interna: {value}</translation>
    </message>
    <message>
        <location filename="../ui/eu_statement_list.py"/>
        <source>Status: {value}</source>
        <translation>Estado: {value}</translation>
    </message>
    <message>
        <location filename="../ui/eu_statement_list.py"/>
        <source>UUID: {value}</source>
        <translation>UUID: {value}</translation>
    </message>
    <message>
        <location filename="../ui/eu_statement_list.py"/>
        <source>Reference number: {value}</source>
        <translation>Número de referência: {value}</translation>
    </message>
    <message>
        <location filename="../ui/eu_statement_list.py"/>
        <source>Verification number: {value}</source>
        <translation>Número de verificação: {value}</translation>
    </message>
    <message>
        <location filename="../ui/eu_statement_list.py"/>
        <source>Environment: {value}</source>
        <translation>Ambiente: {value}</translation>
    </message>
    <message>
        <location filename="../ui/eu_statement_list.py"/>
        <source>Submitted: {time}; last checked: {checked}</source>
        <translation>Submetida: {time}; última consulta: {checked}</translation>
    </message>
    <message>
        <location filename="../ui/eu_statement_list.py"/>
        <source>Sent: {producers}, {places}, HS {headings}, net mass {mass} kg</source>
        <translation>Enviada: {producers}, {places}, SH {headings}, massa líquida {mass} kg</translation>
    </message>
    <message>
        <location filename="../ui/eu_statement_list.py"/>
        <source>Amended once, on {time}.</source>
        <translation>Alterada uma vez, em {time}.</translation>
    </message>
    <message>
        <location filename="../ui/eu_statement_list.py"/>
        <source>Amended {n} times, last on {time}.</source>
        <translation>Alterada {n} vezes, a última em {time}.</translation>
    </message>
    <message>
        <location filename="../ui/eu_statement_list.py"/>
        <source>Reasons given by the EU Information System:</source>
        <translation>Motivos indicados pelo sistema de informação da UE:</translation>
    </message>
    <message>
        <location filename="../ui/eu_statement_list.py"/>
        <source>Statements</source>
        <translation>Declarações</translation>
    </message>
    <message>
        <location filename="../ui/eu_statement_list.py"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../ui/eu_statement_list.py"/>
        <source>Internal reference</source>
        <translation>Referência interna</translation>
    </message>
    <message>
        <location filename="../ui/eu_statement_list.py"/>
        <source>Reference number</source>
        <translation>Número de referência</translation>
    </message>
    <message>
        <location filename="../ui/eu_statement_list.py"/>
        <source>Check now</source>
        <translation>Verificar agora</translation>
    </message>
    <message>
        <location filename="../ui/eu_statement_list.py"/>
        <source>Ask the EU Information System where the selected statement stands (none selected: every statement still waiting).</source>
        <translation>Pergunta ao sistema de informação da UE em que ponto está a declaração selecionada (nenhuma selecionada: todas as declarações ainda em espera).</translation>
    </message>
    <message>
        <location filename="../ui/eu_statement_list.py"/>
        <source>Amend...</source>
        <translation>Alterar...</translation>
    </message>
    <message>
        <location filename="../ui/eu_statement_list.py"/>
        <source>Withdraw...</source>
        <translation>Retirar...</translation>
    </message>
    <message>
        <location filename="../ui/eu_statement_list.py"/>
        <source>Copy numbers</source>
        <translation>Copiar números</translation>
    </message>
    <message>
        <location filename="../ui/eu_statement_list.py"/>
        <source>Copy the reference and verification numbers, to give them to your customers.</source>
        <translation>Copia os números de referência e de verificação, para os dar aos seus clientes.</translation>
    </message>
    <message>
        <location filename="../ui/eu_statement_list.py"/>
        <source>Select a statement to see it in full.</source>
        <translation>Selecione uma declaração para a ver por completo.</translation>
    </message>
    <message>
        <location filename="../ui/eu_statement_list.py"/>
        <source>Withdraw the selected statement (only an available one, within 72 hours of its submission).</source>
        <translation>Retira a declaração selecionada (só uma disponível, nas 72 horas seguintes à submissão).</translation>
    </message>
    <message>
        <location filename="../ui/eu_statement_list.py"/>
        <source>Change the selected statement&apos;s content (only an available one, within 72 hours of its submission): its form opens with what was sent; the reference number stays.</source>
        <translation>Altera o conteúdo da declaração selecionada (só uma disponível, nas 72 horas seguintes à submissão): o formulário abre com o que foi enviado; o número de referência mantém-se.</translation>
    </message>
    <message>
        <location filename="../ui/eu_statement_list.py"/>
        <source>{name} was sent to another environment or server ({environment}): choose that connection to check it.</source>
        <translation>{name} foi enviada para outro ambiente ou servidor ({environment}): escolha essa ligação para a consultar.</translation>
    </message>
    <message>
        <location filename="../ui/eu_statement_list.py"/>
        <source>The Commission asks for 30 minutes before the first status check: {name} can be checked from {time}.</source>
        <translation>A Comissão pede 30 minutos antes da primeira consulta do estado: {name} pode ser consultada a partir de {time}.</translation>
    </message>
    <message>
        <location filename="../ui/eu_statement_list.py"/>
        <source>No statement of this connection is waiting for the EU Information System.</source>
        <translation>Nenhuma declaração desta ligação está à espera do sistema de informação da UE.</translation>
    </message>
    <message>
        <location filename="../ui/eu_statement_list.py"/>
        <source>Checking {n} statement ...</source>
        <translation>A consultar {n} declaração ...</translation>
    </message>
    <message>
        <location filename="../ui/eu_statement_list.py"/>
        <source>Checking {n} statements ...</source>
        <translation>A consultar {n} declarações ...</translation>
    </message>
    <message>
        <location filename="../ui/eu_statement_list.py"/>
        <source>Check the statements</source>
        <translation>Consulta das declarações</translation>
    </message>
    <message>
        <location filename="../ui/eu_statement_list.py"/>
        <source>EU Information System</source>
        <translation>Sistema de informação da UE</translation>
    </message>
    <message>
        <location filename="../ui/eu_statement_list.py"/>
        <source>{name} was sent to another environment or server ({environment}): choose that connection to withdraw it.</source>
        <translation>{name} foi enviada para outro ambiente ou servidor ({environment}): escolha essa ligação para a retirar.</translation>
    </message>
    <message>
        <location filename="../ui/eu_statement_list.py"/>
        <source>Withdraw the statement {name} (reference number {reference}) from the EU Information System, {environment}? It can no longer be used by anyone.</source>
        <translation>Retirar a declaração {name} (número de referência {reference}) do sistema de informação da UE, {environment}? Ninguém a poderá voltar a usar.</translation>
    </message>
    <message>
        <location filename="../ui/eu_statement_list.py"/>
        <source>Withdraw the statement</source>
        <translation>Retirada da declaração</translation>
    </message>
    <message>
        <location filename="../ui/eu_statement_list.py"/>
        <source>{name} was sent to another environment or server ({environment}): choose that connection to amend it.</source>
        <translation>{name} foi enviada para outro ambiente ou servidor ({environment}): escolha essa ligação para a alterar.</translation>
    </message>
    <message>
        <location filename="../ui/eu_statement_list.py"/>
        <source>Choose the layer of production places.</source>
        <translation>Escolha a camada dos locais de produção.</translation>
    </message>
    <message>
        <location filename="../ui/eu_statement_list.py"/>
        <source>Amending {name} ...</source>
        <translation>A alterar {name}...</translation>
    </message>
    <message>
        <location filename="../ui/eu_statement_list.py"/>
        <source>{name} amended: the EU Information System holds the new content; reference number {reference}.</source>
        <translation>{name} alterada: o Sistema de informação da UE tem o novo conteúdo; número de referência {reference}.</translation>
    </message>
    <message>
        <location filename="../ui/eu_statement_list.py"/>
        <source>Amend the statement</source>
        <translation>Alterar a declaração</translation>
    </message>
    <message>
        <source>Sent: {producers} producer(s), {places} place(s), HS {headings}, net mass {mass} kg</source>
        <translation type="obsolete">Enviado: {producers} produtor(es), {places} local(is), SH {headings}, massa líquida {mass} kg</translation>
    </message>
    <message>
        <source>Checking {n} statement(s) ...</source>
        <translation type="obsolete">A consultar {n} declaração(ões) ...</translation>
    </message>
</context>
<context>
    <name>EuStatements</name>
    <message>
        <location filename="../layers/operations/eu_statements.py"/>
        <source>Cannot save the EU statements in {path}: {reason}</source>
        <translation>Não é possível guardar as declarações UE em {path}: {reason}</translation>
    </message>
    <message>
        <location filename="../layers/operations/eu_statements.py"/>
        <source>Cannot update the statement in {path}: {reason}</source>
        <translation>Não é possível atualizar a declaração em {path}: {reason}</translation>
    </message>
    <message>
        <location filename="../layers/operations/eu_statements.py"/>
        <source>The internal reference &apos;{reference}&apos; is already used by the statement {uuid} ({status}): give another internal reference, or withdraw that statement first.</source>
        <translation>A referência interna &apos;{reference}&apos; já é usada pela declaração {uuid} ({status}): indique outra referência interna ou retire primeiro essa declaração.</translation>
    </message>
    <message>
        <location filename="../layers/operations/eu_statements.py"/>
        <source>The statement {reference} has no UUID yet: check its status first.</source>
        <translation>A declaração {reference} ainda não tem UUID: verifique primeiro o seu estado.</translation>
    </message>
    <message>
        <location filename="../layers/operations/eu_statements.py"/>
        <source>Only an AVAILABLE statement can be amended; {uuid} is {status}.</source>
        <translation>Só uma declaração AVAILABLE pode ser alterada; {uuid} está {status}.</translation>
    </message>
    <message>
        <location filename="../layers/operations/eu_statements.py"/>
        <source>Only an AVAILABLE statement can be withdrawn; {uuid} is {status}.</source>
        <translation>Só uma declaração AVAILABLE pode ser retirada; {uuid} está {status}.</translation>
    </message>
    <message>
        <location filename="../layers/operations/eu_statements.py"/>
        <source>{uuid} was submitted on {date}: a statement can be amended only within 72 hours of its submission.</source>
        <translation>{uuid} foi submetida em {date}: uma declaração só pode ser alterada nas 72 horas seguintes à submissão.</translation>
    </message>
    <message>
        <location filename="../layers/operations/eu_statements.py"/>
        <source>{uuid} was submitted on {date}: a statement can be withdrawn only within 72 hours of its submission.</source>
        <translation>{uuid} foi submetida em {date}: uma declaração só pode ser retirada nas 72 horas seguintes à submissão.</translation>
    </message>
    <message>
        <location filename="../layers/operations/eu_statements.py"/>
        <source>An amendment cannot change the activity: {name} was declared as {declared}, the amendment says {activity}.</source>
        <translation>Uma alteração não pode mudar a atividade: {name} foi declarada como {declared}, a alteração indica {activity}.</translation>
    </message>
    <message>
        <source>Only an AVAILABLE statement can be {action}; {uuid} is {status}.</source>
        <translation type="obsolete">Só uma declaração AVAILABLE pode ser {action}; {uuid} está em {status}.</translation>
    </message>
    <message>
        <source>{uuid} was submitted on {date}: a statement can be {action} only within 72 hours of its submission.</source>
        <translation type="obsolete">{uuid} foi submetida em {date}: uma declaração só pode ser {action} nas 72 horas seguintes à submissão.</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation type="obsolete">retirada</translation>
    </message>
    <message>
        <source>amended</source>
        <translation type="obsolete">alterada</translation>
    </message>
</context>
<context>
    <name>EuSubmitDds</name>
    <message>
        <location filename="../processing_provider/alg_eu_submit.py"/>
        <source>Production places</source>
        <translation>Locais de produção</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_eu_submit.py"/>
        <source>Selected features only</source>
        <translation>Apenas elementos selecionados</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_eu_submit.py"/>
        <source>Producer name field</source>
        <translation>Campo do nome do produtor</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_eu_submit.py"/>
        <source>Producer country field</source>
        <translation>Campo do país do produtor</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_eu_submit.py"/>
        <source>Activity</source>
        <translation>Atividade</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_eu_submit.py"/>
        <source>Operator role</source>
        <translation>Função do operador</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_eu_submit.py"/>
        <source>EORI number (IMPORT and EXPORT)</source>
        <translation>Número EORI (IMPORT e EXPORT)</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_eu_submit.py"/>
        <source>Country of activity (EU, 2 letters)</source>
        <translation>País da atividade (UE, 2 letras)</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_eu_submit.py"/>
        <source>Border-cross country (EU, 2 letters)</source>
        <translation>País de passagem da fronteira (UE, 2 letras)</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_eu_submit.py"/>
        <source>HS heading (Annex I)</source>
        <translation>Posição SH (anexo I)</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_eu_submit.py"/>
        <source>Description of the goods</source>
        <translation>Descrição das mercadorias</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_eu_submit.py"/>
        <source>Net mass (kg)</source>
        <translation>Massa líquida (kg)</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_eu_submit.py"/>
        <source>Supplementary unit</source>
        <translation>Unidade suplementar</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_eu_submit.py"/>
        <source>Supplementary unit qualifier (e.g. MTQ)</source>
        <translation>Qualificador da unidade suplementar (p. ex., MTQ)</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_eu_submit.py"/>
        <source>Species: scientific name (wood)</source>
        <translation>Espécie: nome científico (madeira)</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_eu_submit.py"/>
        <source>Species: common name (wood)</source>
        <translation>Espécie: nome comum (madeira)</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_eu_submit.py"/>
        <source>Internal reference (empty: one is made)</source>
        <translation>Referência interna (vazio: é criada uma)</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_eu_submit.py"/>
        <source>Associated statements (reference numbers, comma)</source>
        <translation>Declarações associadas (números de referência, separados por vírgulas)</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_eu_submit.py"/>
        <source>Comment</source>
        <translation>Comentário</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_eu_submit.py"/>
        <source>Geolocation confidential</source>
        <translation>Geolocalização confidencial</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_eu_submit.py"/>
        <source>Represented operator: name</source>
        <translation>Operador representado: nome</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_eu_submit.py"/>
        <source>Represented operator: country (2 letters)</source>
        <translation>Operador representado: país (2 letras)</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_eu_submit.py"/>
        <source>Represented operator: street and number</source>
        <translation>Operador representado: rua e número</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_eu_submit.py"/>
        <source>Represented operator: postal code</source>
        <translation>Operador representado: código postal</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_eu_submit.py"/>
        <source>Represented operator: city</source>
        <translation>Operador representado: cidade</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_eu_submit.py"/>
        <source>Represented operator: identifiers (vat:DE123;eori:...)</source>
        <translation>Operador representado: identificadores (vat:DE123;eori:...)</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_eu_submit.py"/>
        <source>Submit a due diligence statement (EU Information System)</source>
        <translation>Submeter uma declaração de diligência devida (sistema de informação da UE)</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_eu_submit.py"/>
        <source>Builds a due diligence statement from a layer of production places and submits it to the EU Information System (acceptance unless ENVIRONMENT=production). One producer entry per producer (PRODUCER_FIELD and COUNTRY_FIELD), its places as GeoJSON in the EU rules (6 decimals). Everything the service would refuse is refused before sending, naming the feature, field or limit: the schema&apos;s limits, an EORI and a net mass for IMPORT and EXPORT, species for wood, positive quantities, the geolocation rules (the preflight&apos;s check on what is sent), 25 MB and 1,000 producers per statement (SPLIT sends several, the quantities divided by area). The statement is recorded in the profile and, for a GeoPackage layer, beside the plots (tables eu_statements and eu_statement_plots); WAIT_SECONDS checks it until AVAILABLE or REJECTED (the Commission asks for 30 minutes before the first check). The authentication key is never stored nor shown.</source>
        <translation>Constrói uma declaração de diligência devida a partir de uma camada de locais de produção e submete-a ao sistema de informação da UE (acceptance, salvo ENVIRONMENT=production). Uma entrada por produtor (PRODUCER_FIELD e COUNTRY_FIELD), com os seus locais em GeoJSON segundo as regras da UE (6 casas decimais). Tudo o que o serviço recusaria é recusado antes do envio, identificando o elemento, o campo ou o limite: os limites do esquema, um EORI e uma massa líquida para IMPORT e EXPORT, as espécies para a madeira, quantidades positivas, as regras de geolocalização (a verificação prévia sobre o que é enviado), 25 MB e 1000 produtores por declaração (SPLIT envia várias, com as quantidades repartidas pela área). A declaração fica registada no perfil e, para uma camada GeoPackage, junto às parcelas (tabelas eu_statements e eu_statement_plots); WAIT_SECONDS consulta-a até AVAILABLE ou REJECTED (a Comissão pede 30 minutos antes da primeira consulta). A chave de autenticação nunca é guardada nem mostrada.</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_eu_submit.py"/>
        <source>Split into several statements when over the limits</source>
        <translation>Dividir em várias declarações quando excede os limites</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_eu_submit.py"/>
        <source>Wait for the result (seconds)</source>
        <translation>Aguardar o resultado (segundos)</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_eu_submit.py"/>
        <source>Set SPLIT to send them as {n} statements.</source>
        <translation>Defina SPLIT para as enviar como {n} declarações.</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_eu_submit.py"/>
        <source>{producers}, {places}, {size} MB of geolocation, in {statements}.</source>
        <translation>{producers}, {places}, {size} MB de geolocalização, em {statements}.</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_eu_submit.py"/>
        <source>{error} The statements before it were sent: {sent}.</source>
        <translation>{error} As declarações anteriores foram enviadas: {sent}.</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_eu_submit.py"/>
        <source>Submitted {reference} as {uuid}.</source>
        <translation>{reference} submetida como {uuid}.</translation>
    </message>
    <message>
        <source>{producers} producer(s), {places} place(s), {size:.2f} MB of geolocation, in {n} statement(s).</source>
        <translation type="obsolete">Produtores: {producers}, locais: {places}, geolocalização: {size:.2f} MB, declarações: {n}.</translation>
    </message>
</context>
<context>
    <name>EuVerifyDeclarations</name>
    <message>
        <location filename="../processing_provider/alg_eu_verify.py"/>
        <source>Verify statements received from suppliers (EU Information System)</source>
        <translation>Verificar declarações recebidas de fornecedores (sistema de informação da UE)</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_eu_verify.py"/>
        <source>For downstream operators and traders: asks the EU Information System&apos;s Verify service about each reference + verification number (REFERENCE_NUMBER and VERIFICATION_NUMBER, or every row of INPUT) and appends each answer to the register OUTPUT with its supplier, date received and product: result (EXISTING_USABLE, EXISTING_NON_USABLE, NON_EXISTENT), status, the service&apos;s date, checked_at and keep_until (five years). Rows are only ever appended: the register keeps every answer.</source>
        <translation>Para operadores e comerciantes a jusante: consulta o serviço Verify do sistema de informação da UE sobre cada número de referência + número de verificação (REFERENCE_NUMBER e VERIFICATION_NUMBER, ou cada linha de INPUT) e acrescenta cada resposta ao registo OUTPUT com o fornecedor, a data de receção e o produto: resultado (EXISTING_USABLE, EXISTING_NON_USABLE, NON_EXISTENT), estado, a data do serviço, checked_at e keep_until (cinco anos). As linhas só são acrescentadas: o registo guarda todas as respostas.</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_eu_verify.py"/>
        <source>Reference number</source>
        <translation>Número de referência</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_eu_verify.py"/>
        <source>Verification number</source>
        <translation>Número de verificação</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_eu_verify.py"/>
        <source>Supplier</source>
        <translation>Fornecedor</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_eu_verify.py"/>
        <source>Date received (YYYY-MM-DD)</source>
        <translation>Data de receção (AAAA-MM-DD)</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_eu_verify.py"/>
        <source>Product</source>
        <translation>Produto</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_eu_verify.py"/>
        <source>Table of numbers received</source>
        <translation>Tabela dos números recebidos</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_eu_verify.py"/>
        <source>Reference number field</source>
        <translation>Campo do número de referência</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_eu_verify.py"/>
        <source>Verification number field</source>
        <translation>Campo do número de verificação</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_eu_verify.py"/>
        <source>Supplier field</source>
        <translation>Campo do fornecedor</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_eu_verify.py"/>
        <source>Date received field</source>
        <translation>Campo da data de receção</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_eu_verify.py"/>
        <source>Product field</source>
        <translation>Campo do produto</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_eu_verify.py"/>
        <source>Register</source>
        <translation>Registo</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_eu_verify.py"/>
        <source>Give REFERENCE_NUMBER and VERIFICATION_NUMBER, or INPUT: a table with the two numbers of each statement.</source>
        <translation>Indique REFERENCE_NUMBER e VERIFICATION_NUMBER, ou INPUT: uma tabela com os dois números de cada declaração.</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_eu_verify.py"/>
        <source>INPUT has no field &apos;{field}&apos; (fields: {fields}): name it with REFERENCE_FIELD and VERIFICATION_FIELD.</source>
        <translation>INPUT não tem o campo &apos;{field}&apos; (campos: {fields}): indique-o com REFERENCE_FIELD e VERIFICATION_FIELD.</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_eu_verify.py"/>
        <source>{reference}: {result} {status}</source>
        <translation>{reference}: {result} {status}</translation>
    </message>
</context>
<context>
    <name>EuWithdrawDds</name>
    <message>
        <location filename="../processing_provider/alg_eu_status.py"/>
        <source>Withdraw a due diligence statement (EU Information System)</source>
        <translation>Retirar uma declaração de diligência devida (sistema de informação da UE)</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_eu_status.py"/>
        <source>Withdraws an AVAILABLE statement within 72 hours of its submission (the service refuses it once it is referenced by another statement or used: its reasons are shown). The new status is kept in the profile and beside the plots.</source>
        <translation>Retira uma declaração AVAILABLE nas 72 horas seguintes à submissão (o serviço recusa-o assim que a declaração for referida por outra ou utilizada: os motivos são mostrados). O novo estado fica guardado no perfil e junto às parcelas.</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_eu_status.py"/>
        <source>Statement UUID</source>
        <translation>UUID da declaração</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_eu_status.py"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_eu_status.py"/>
        <source>Messages</source>
        <translation>Mensagens</translation>
    </message>
</context>
<context>
    <name>Explanations</name>
    <message>
        <location filename="../layers/styles/explanations.py"/>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <location filename="../layers/styles/explanations.py"/>
        <source>Forest loss {loss} % is over the {loss_limit} % limit</source>
        <translation>A perda de floresta de {loss} % ultrapassa o limite de {loss_limit} %</translation>
    </message>
    <message>
        <location filename="../layers/styles/explanations.py"/>
        <source>Score {score} is over the {score_limit} limit</source>
        <translation>A pontuação {score} ultrapassa o limite de {score_limit}</translation>
    </message>
    <message>
        <location filename="../layers/styles/explanations.py"/>
        <source>Deforestation alert dated {alert_date}, after {cutoff}</source>
        <translation>Alerta de desflorestação datado de {alert_date}, posterior a {cutoff}</translation>
    </message>
    <message>
        <location filename="../layers/styles/explanations.py"/>
        <source>Deforestation alert without a date (Epoch monitors from {cutoff})</source>
        <translation>Alerta de desflorestação sem data (o Epoch monitoriza a partir de {cutoff})</translation>
    </message>
    <message>
        <location filename="../layers/styles/explanations.py"/>
        <source>Forest loss {loss} % is close to the {loss_limit} % limit</source>
        <translation>A perda de floresta de {loss} % está perto do limite de {loss_limit} %</translation>
    </message>
    <message>
        <location filename="../layers/styles/explanations.py"/>
        <source>Score {score} is close to the {score_limit} limit</source>
        <translation>A pontuação {score} está perto do limite de {score_limit}</translation>
    </message>
    <message>
        <location filename="../layers/styles/explanations.py"/>
        <source>Country not computed: no country field, no location in a country, no producer&apos;s country</source>
        <translation>País não calculado: nenhum campo de país, nenhuma localização num país, nenhum país do produtor</translation>
    </message>
    <message>
        <location filename="../layers/styles/explanations.py"/>
        <source>Forest loss not computed: no noncompliance_area_perc, nor area and noncompliance_area</source>
        <translation>Perda de floresta não calculada: nem noncompliance_area_perc, nem area e noncompliance_area</translation>
    </message>
    <message>
        <location filename="../layers/styles/explanations.py"/>
        <source>Post-cutoff alert not computed: no deforestation_alert</source>
        <translation>Alerta posterior à data-limite não calculado: sem deforestation_alert</translation>
    </message>
    <message>
        <location filename="../layers/styles/explanations.py"/>
        <source>Post-cutoff alert not computed: deforestation_alert &apos;{alert}&apos; not understood</source>
        <translation>Alerta posterior à data-limite não calculado: deforestation_alert &apos;{alert}&apos; não compreendido</translation>
    </message>
    <message>
        <location filename="../layers/styles/explanations.py"/>
        <source>Post-cutoff alert not computed: deforestation_start or deforestation_end is not a date</source>
        <translation>Alerta posterior à data-limite não calculado: deforestation_start ou deforestation_end não é uma data</translation>
    </message>
    <message>
        <location filename="../layers/styles/explanations.py"/>
        <source>Alert area not computed: no noncompliance_area</source>
        <translation>Área de alerta não calculada: sem noncompliance_area</translation>
    </message>
    <message>
        <location filename="../layers/styles/explanations.py"/>
        <source>Alert dated {alert_date}, on or before {cutoff}: noted, not counted</source>
        <translation>Alerta datado de {alert_date}, em ou antes de {cutoff}: registado, não contabilizado</translation>
    </message>
    <message>
        <location filename="../layers/styles/explanations.py"/>
        <source>Forest loss at most {review_loss} %, score at most {review_score}, no alert after {cutoff}</source>
        <translation>Perda de floresta no máximo de {review_loss} %, pontuação no máximo de {review_score}, nenhum alerta posterior a {cutoff}</translation>
    </message>
    <message>
        <location filename="../layers/styles/explanations.py"/>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <location filename="../layers/styles/explanations.py"/>
        <source>Forest loss</source>
        <translation>Perda de floresta</translation>
    </message>
    <message>
        <location filename="../layers/styles/explanations.py"/>
        <source>Post-cutoff alert</source>
        <translation>Alerta posterior à data-limite</translation>
    </message>
    <message>
        <location filename="../layers/styles/explanations.py"/>
        <source>Alert area</source>
        <translation>Área de alerta</translation>
    </message>
    <message>
        <location filename="../layers/styles/explanations.py"/>
        <source>Data uncertainty</source>
        <translation>Incerteza dos dados</translation>
    </message>
    <message>
        <location filename="../layers/styles/explanations.py"/>
        <source>plot location</source>
        <translation>localização da parcela</translation>
    </message>
    <message>
        <location filename="../layers/styles/explanations.py"/>
        <source>producer&apos;s country</source>
        <translation>país do produtor</translation>
    </message>
    <message>
        <location filename="../layers/styles/explanations.py"/>
        <source>not computed</source>
        <translation>não calculado</translation>
    </message>
    <message>
        <location filename="../layers/styles/explanations.py"/>
        <source>{verdict} (score {score})</source>
        <translation>{verdict} (pontuação {score})</translation>
    </message>
    <message>
        <location filename="../layers/styles/explanations.py"/>
        <source>{field} is not a number: {value}</source>
        <translation>{field} não é um número: {value}</translation>
    </message>
    <message>
        <location filename="../layers/styles/explanations.py"/>
        <source>{field} is out of range: {value} ({range})</source>
        <translation>{field} está fora do intervalo: {value} ({range})</translation>
    </message>
    <message>
        <location filename="../layers/styles/explanations.py"/>
        <source>{field} is too large to store: {value} (a GeoPackage integer holds at most {max})</source>
        <translation>{field} é demasiado grande para ser guardado: {value} (um inteiro GeoPackage vai no máximo até {max})</translation>
    </message>
    <message>
        <location filename="../layers/styles/explanations.py"/>
        <source>NUL character removed from {field}</source>
        <translation>Carácter NUL removido de {field}</translation>
    </message>
    <message>
        <location filename="../layers/styles/explanations.py"/>
        <source>{field} too large to store, left empty: {value}</source>
        <translation>{field} demasiado grande para ser guardado, deixado vazio: {value}</translation>
    </message>
    <message>
        <location filename="../layers/styles/explanations.py"/>
        <source>{field} too large for an integer, stored as a real: {value}</source>
        <translation>{field} demasiado grande para um inteiro, guardado como real: {value}</translation>
    </message>
    <message>
        <location filename="../layers/styles/explanations.py"/>
        <source>Bytes that are not UTF-8 replaced by U+FFFD (line {field}, byte {value})</source>
        <translation>Bytes que não são UTF-8 substituídos por U+FFFD (linha {field}, byte {value})</translation>
    </message>
    <message>
        <location filename="../layers/styles/explanations.py"/>
        <source>a fraction from 0 to 1</source>
        <translation>uma fração de 0 a 1</translation>
    </message>
    <message>
        <location filename="../layers/styles/explanations.py"/>
        <source>a whole number of plots, 0 or more</source>
        <translation>um número inteiro de parcelas, 0 ou mais</translation>
    </message>
    <message>
        <location filename="../layers/styles/explanations.py"/>
        <source>an area of 0 ha or more</source>
        <translation>uma área de 0 ha ou mais</translation>
    </message>
</context>
<context>
    <name>ExportTracesGeojson</name>
    <message>
        <location filename="../processing_provider/alg_preflight.py"/>
        <source>Export EU-ready GeoJSON (TRACES)</source>
        <translation>Exportar GeoJSON pronto para a UE (TRACES)</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_preflight.py"/>
        <source>Writes GeoJSON for the EU Information System: only ProducerName, ProducerCountry, ProductionPlace and Area; coordinates truncated to 6 decimals, as the EU system stores them; lon/lat; GeometryCollections as they are. Each file is one bundle: what one Due Diligence Statement can carry (under 25 MB both as written and base64-encoded, at most 1,000 producers of the commodity); the summary says which limit closed each file. A feature with preflight errors refuses the export (nothing is written; the message names it) unless INCLUDE_ERRORS. Features written without ProducerCountry are warned about: map it with COUNTRY_FIELD.</source>
        <translation>Escreve GeoJSON para o sistema de informação da UE: apenas ProducerName, ProducerCountry, ProductionPlace e Area; coordenadas truncadas a 6 casas decimais, tal como o sistema da UE as guarda; lon/lat; GeometryCollections tal como estão. Cada ficheiro é um lote: o que uma declaração de diligência devida pode conter (menos de 25 MB tanto tal como escrito como codificado em base64, no máximo 1000 produtores do produto de base); o resumo indica que limite fechou cada ficheiro. Um elemento com erros da verificação prévia impede a exportação (nada é escrito; a mensagem identifica-o), salvo com INCLUDE_ERRORS. Os elementos escritos sem ProducerCountry dão um aviso: associe-o com COUNTRY_FIELD.</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_preflight.py"/>
        <source>Plots</source>
        <translation>Parcelas</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_preflight.py"/>
        <source>ProducerName from</source>
        <translation>ProducerName a partir de</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_preflight.py"/>
        <source>ProducerCountry from</source>
        <translation>ProducerCountry a partir de</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_preflight.py"/>
        <source>ProductionPlace from</source>
        <translation>ProductionPlace a partir de</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_preflight.py"/>
        <source>Area from</source>
        <translation>Area a partir de</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_preflight.py"/>
        <source>Include features with errors</source>
        <translation>Incluir elementos com erros</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_preflight.py"/>
        <source>File name prefix</source>
        <translation>Prefixo do nome dos ficheiros</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_preflight.py"/>
        <source>Output folder</source>
        <translation>Pasta de saída</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_preflight.py"/>
        <source>Files written</source>
        <translation>Ficheiros escritos</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_preflight.py"/>
        <source>What went where (JSON)</source>
        <translation>O que foi para onde (JSON)</translation>
    </message>
</context>
<context>
    <name>FacilityCard</name>
    <message>
        <location filename="../ui/legality_sources.py"/>
        <source>Untitled source</source>
        <translation>Fonte sem título</translation>
    </message>
    <message>
        <location filename="../ui/legality_sources.py"/>
        <source>no date</source>
        <translation>sem data</translation>
    </message>
    <message>
        <location filename="../ui/legality_sources.py"/>
        <source>Risk signal: {signal}; relevance: {relevance}</source>
        <translation>Sinal de risco: {signal}; relevância: {relevance}</translation>
    </message>
    <message>
        <location filename="../ui/wdg_facility_card.py"/>
        <source>High</source>
        <translation>Alta</translation>
    </message>
    <message>
        <location filename="../ui/wdg_facility_card.py"/>
        <source>Medium</source>
        <translation>Média</translation>
    </message>
    <message>
        <location filename="../ui/wdg_facility_card.py"/>
        <source>Low</source>
        <translation>Baixa</translation>
    </message>
    <message>
        <location filename="../ui/wdg_facility_card.py"/>
        <source>Invalid</source>
        <translation>Inválida</translation>
    </message>
    <message>
        <location filename="../ui/wdg_facility_card.py"/>
        <source>{first}; {second}</source>
        <translation>{first}; {second}</translation>
    </message>
    <message>
        <location filename="../ui/wdg_facility_card.py"/>
        <source>No commodity presence</source>
        <translation>Sem presença do produto de base</translation>
    </message>
    <message>
        <location filename="../ui/wdg_facility_card.py"/>
        <source>Low commodity presence</source>
        <translation>Pouca presença do produto de base</translation>
    </message>
    <message>
        <location filename="../ui/wdg_facility_card.py"/>
        <source>No POI nearby</source>
        <translation>Nenhum POI próximo</translation>
    </message>
    <message>
        <location filename="../ui/wdg_facility_card.py"/>
        <source>No building presence</source>
        <translation>Sem edifícios</translation>
    </message>
    <message>
        <location filename="../ui/wdg_facility_card.py"/>
        <source>No road access</source>
        <translation>Sem acesso rodoviário</translation>
    </message>
    <message>
        <location filename="../ui/wdg_facility_card.py"/>
        <source>High building density (urban)</source>
        <translation>Alta densidade de edifícios (urbano)</translation>
    </message>
    <message>
        <location filename="../ui/wdg_facility_card.py"/>
        <source>Deforestation nearby</source>
        <translation>Desflorestação próxima</translation>
    </message>
    <message>
        <location filename="../ui/wdg_facility_card.py"/>
        <source>Check a facility here</source>
        <translation>Verificar uma instalação aqui</translation>
    </message>
    <message>
        <location filename="../ui/wdg_facility_card.py"/>
        <source>Pick on the map</source>
        <translation>Escolher no mapa</translation>
    </message>
    <message>
        <location filename="../ui/wdg_facility_card.py"/>
        <source>Click a point on the map: Epoch validates it as a facility with the commodity and facility options above.</source>
        <translation>Clique num ponto do mapa: o Epoch valida-o como instalação com as opções de produto de base e de instalação acima.</translation>
    </message>
    <message>
        <location filename="../ui/wdg_facility_card.py"/>
        <source>or type longitude, latitude (WGS 84)</source>
        <translation>ou escreva longitude, latitude (WGS 84)</translation>
    </message>
    <message>
        <location filename="../ui/wdg_facility_card.py"/>
        <source>Check</source>
        <translation>Verificar</translation>
    </message>
    <message>
        <location filename="../ui/wdg_facility_card.py"/>
        <source>Include deforestation within 50 km</source>
        <translation>Incluir desflorestação (raio de 50 km)</translation>
    </message>
    <message>
        <location filename="../ui/wdg_facility_card.py"/>
        <source>Click the facility on the map.</source>
        <translation>Clique na instalação no mapa.</translation>
    </message>
    <message>
        <location filename="../ui/wdg_facility_card.py"/>
        <source>Type the point as longitude, latitude in WGS 84 degrees, e.g. {example}.</source>
        <translation>Escreva o ponto como longitude, latitude em graus WGS 84, p. ex., {example}.</translation>
    </message>
    <message>
        <location filename="../ui/wdg_facility_card.py"/>
        <source>A check is running: wait for its answer.</source>
        <translation>Está em curso uma verificação: aguarde a resposta.</translation>
    </message>
    <message>
        <location filename="../ui/wdg_facility_card.py"/>
        <source>Checking the facility at {point} ...</source>
        <translation>A verificar a instalação em {point} ...</translation>
    </message>
    <message>
        <location filename="../ui/wdg_facility_card.py"/>
        <source>Checking a facility</source>
        <translation>A verificar uma instalação</translation>
    </message>
    <message>
        <location filename="../ui/wdg_facility_card.py"/>
        <source>{name} — score {score}, {level}</source>
        <translation>{name} — pontuação {score}, {level}</translation>
    </message>
    <message>
        <location filename="../ui/wdg_facility_card.py"/>
        <source>Facility</source>
        <translation>Instalação</translation>
    </message>
    <message>
        <location filename="../ui/wdg_facility_card.py"/>
        <source>Penalties (from 1.00):</source>
        <translation>Penalizações (a partir de 1,00):</translation>
    </message>
    <message>
        <location filename="../ui/wdg_facility_card.py"/>
        <source>No penalty: every scored signal is present.</source>
        <translation>Sem penalização: todos os sinais pontuados estão presentes.</translation>
    </message>
    <message>
        <location filename="../ui/wdg_facility_card.py"/>
        <source>Warning: {text}</source>
        <translation>Aviso: {text}</translation>
    </message>
    <message>
        <location filename="../ui/wdg_facility_card.py"/>
        <source>Legality sources (Article 10): not asked (tick an Article 10 check above).</source>
        <translation>Fontes de legalidade (artigo 10.º): não pedidas (assinale acima uma verificação do artigo 10.º).</translation>
    </message>
    <message>
        <location filename="../ui/wdg_facility_card.py"/>
        <source>Legality risk (Article 10): {level} ({score})</source>
        <translation>Risco de legalidade (artigo 10.º): {level} ({score})</translation>
    </message>
    <message>
        <location filename="../ui/wdg_facility_card.py"/>
        <source>{n} source</source>
        <translation>{n} fonte</translation>
    </message>
    <message>
        <location filename="../ui/wdg_facility_card.py"/>
        <source>{n} sources</source>
        <translation>{n} fontes</translation>
    </message>
    <message>
        <source>Checking the facility at {lon}, {lat} ...</source>
        <translation type="obsolete">A verificar a instalação em {lon}, {lat} ...</translation>
    </message>
    <message>
        <source>Type the point as longitude, latitude in WGS 84 degrees, e.g. 100.5018, 13.7563.</source>
        <translation type="obsolete">Escreva o ponto como longitude, latitude em graus WGS 84, p. ex., 100.5018, 13.7563.</translation>
    </message>
    <message>
        <source>{id} — score {score}, {level}</source>
        <translation type="obsolete">{id} — pontuação {score}, {level}</translation>
    </message>
    <message>
        <source>Facility checked at {lon}, {lat}: {level} ({score})</source>
        <translation type="obsolete">Instalação verificada em {lon}, {lat}: {level} ({score})</translation>
    </message>
    <message>
        <source>{n} legality source</source>
        <translation type="obsolete">{n} fonte de legalidade</translation>
    </message>
    <message>
        <source>{n} legality sources</source>
        <translation type="obsolete">{n} fontes de legalidade</translation>
    </message>
    <message>
        <source>{n} check kept</source>
        <translation type="obsolete">{n} verificação guardada</translation>
    </message>
    <message>
        <source>{n} checks kept</source>
        <translation type="obsolete">{n} verificações guardadas</translation>
    </message>
    <message>
        <source>Checking the facility at {lon:.5f}, {lat:.5f} ...</source>
        <translation type="obsolete">A verificar a instalação em {lon:.5f}, {lat:.5f} ...</translation>
    </message>
    <message>
        <source>Legality risk (Article 10): {level} ({score}); {n} source(s)</source>
        <translation type="obsolete">Risco de legalidade (artigo 10.º): {level} ({score}); fontes: {n}</translation>
    </message>
    <message>
        <source>Legality sources (Article 10): not asked (tick &apos;Legality sources&apos; above).</source>
        <translation type="obsolete">Fontes de legalidade (artigo 10.º): não pedidas (marque &apos;Fontes de legalidade&apos; acima).</translation>
    </message>
</context>
<context>
    <name>FacilityChecks</name>
    <message>
        <location filename="../layers/operations/facility_checks.py"/>
        <source>{point} is outside the world&apos;s coordinates (longitude -180 to 180, latitude -90 to 90): click on land, or type longitude, latitude in WGS 84.</source>
        <translation>{point} está fora das coordenadas do mundo (longitude -180 a 180, latitude -90 a 90): clique em terra firme, ou escreva longitude, latitude em WGS 84.</translation>
    </message>
    <message>
        <location filename="../layers/operations/facility_checks.py"/>
        <source>{point} is at sea (no country there on the world map): a facility is on land. Click on the facility&apos;s site.</source>
        <translation>{point} está no mar (nenhum país nesse ponto no mapa do mundo): uma instalação fica em terra. Clique no local da instalação.</translation>
    </message>
    <message>
        <location filename="../layers/operations/facility_checks.py"/>
        <source>The map has no coordinate reference system: set the project&apos;s CRS first.</source>
        <translation>O mapa não tem sistema de referência de coordenadas: defina primeiro o SRC do projeto.</translation>
    </message>
    <message>
        <location filename="../layers/operations/facility_checks.py"/>
        <source>This point cannot be placed on the globe from {crs}: click inside the map&apos;s valid area.</source>
        <translation>Este ponto não pode ser situado no globo a partir de {crs}: clique dentro da área válida do mapa.</translation>
    </message>
    <message>
        <location filename="../layers/operations/facility_checks.py"/>
        <source>Facility checked at {point}: {level} ({score})</source>
        <translation>Instalação verificada em {point}: {level} ({score})</translation>
    </message>
    <message>
        <location filename="../layers/operations/facility_checks.py"/>
        <source>{n} legality source</source>
        <translation>{n} fonte de legalidade</translation>
    </message>
    <message>
        <location filename="../layers/operations/facility_checks.py"/>
        <source>{n} legality sources</source>
        <translation>{n} fontes de legalidade</translation>
    </message>
    <message>
        <location filename="../layers/operations/facility_checks.py"/>
        <source>{n} check kept</source>
        <translation>{n} verificação guardada</translation>
    </message>
    <message>
        <location filename="../layers/operations/facility_checks.py"/>
        <source>{n} checks kept</source>
        <translation>{n} verificações guardadas</translation>
    </message>
    <message>
        <location filename="../layers/operations/facility_checks.py"/>
        <source>The server answered without a result for {lon:.5f}, {lat:.5f}; nothing was kept.</source>
        <translation>O servidor respondeu sem resultado para {lon:.5f}, {lat:.5f}; nada foi guardado.</translation>
    </message>
    <message>
        <location filename="../layers/operations/facility_checks.py"/>
        <source>Checked facilities: legality sources</source>
        <translation>Instalações verificadas: fontes de legalidade</translation>
    </message>
    <message>
        <location filename="../layers/operations/facility_checks.py"/>
        <source>Checked facilities</source>
        <translation>Instalações verificadas</translation>
    </message>
    <message>
        <location filename="../layers/operations/facility_checks.py"/>
        <source>Legality sources of the checked facility</source>
        <translation>Fontes de legalidade da instalação verificada</translation>
    </message>
    <message>
        <source>{lon}, {lat} is outside the world&apos;s coordinates (longitude -180 to 180, latitude -90 to 90): click on land, or type longitude, latitude in WGS 84.</source>
        <translation type="obsolete">{lon}, {lat} está fora das coordenadas do mundo (longitude -180 a 180, latitude -90 a 90): clique em terra firme, ou escreva longitude, latitude em WGS 84.</translation>
    </message>
    <message>
        <source>{lon}, {lat} is at sea (no country there on the world map): a facility is on land. Click on the facility&apos;s site.</source>
        <translation type="obsolete">{lon}, {lat} está no mar (nenhum país nesse ponto no mapa do mundo): uma instalação fica em terra. Clique no local da instalação.</translation>
    </message>
    <message>
        <source>Facility checked at {lon}, {lat}: {level} ({score})</source>
        <translation type="obsolete">Instalação verificada em {lon}, {lat}: {level} ({score})</translation>
    </message>
    <message>
        <source>{lon:.5f}, {lat:.5f} is at sea (no country there on the world map): a facility is on land. Click on the facility&apos;s site.</source>
        <translation type="obsolete">{lon:.5f}, {lat:.5f} está no mar (nenhum país nesse ponto no mapa do mundo): uma instalação fica em terra. Clique no local da instalação.</translation>
    </message>
    <message>
        <source>Facility checked at {lon:.5f}, {lat:.5f}: {level} ({score})</source>
        <translation type="obsolete">Instalação verificada em {lon:.5f}, {lat:.5f}: {level} ({score})</translation>
    </message>
    <message>
        <source>{n} legality source(s)</source>
        <translation type="obsolete">Fontes de legalidade: {n}</translation>
    </message>
    <message>
        <source>{n} check(s) kept</source>
        <translation type="obsolete">Verificações guardadas: {n}</translation>
    </message>
</context>
<context>
    <name>FacilitySources</name>
    <message>
        <location filename="../ui/wdg_facility_sources.py"/>
        <source>Article 10 sources of {facility}:</source>
        <translation>Fontes do artigo 10.º para {facility}:</translation>
    </message>
    <message>
        <location filename="../ui/wdg_facility_sources.py"/>
        <source>No Article 10 source found for {facility}.</source>
        <translation>Nenhuma fonte do artigo 10.º encontrada para {facility}.</translation>
    </message>
    <message>
        <location filename="../ui/wdg_facility_sources.py"/>
        <source>this facility</source>
        <translation>esta instalação</translation>
    </message>
</context>
<context>
    <name>FetchAssessments</name>
    <message>
        <location filename="../processing_provider/alg_fetch_assessments.py"/>
        <source>Fetch producer assessments</source>
        <translation>Obter avaliações de produtores</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_fetch_assessments.py"/>
        <source>Loads every supply-shed and direct-plot assessment (stat_type=all, table_extension=eudr) with the dashboard&apos;s verdicts: status, status_key, assessment_type, nc_percent, risk_rank. MONITORING_START / MONITORING_END (YYYY-MM-DD) bound the deforestation counted; the start defaults to the EUDR cut-off, 2020-12-31. With KEEP_SNAPSHOT, the load is also kept as a snapshot in the output GeoPackage, for compare_assessments.</source>
        <translation>Carrega todas as avaliações por área de abastecimento e por parcela direta (stat_type=all, table_extension=eudr) com os veredictos do painel: status, status_key, assessment_type, nc_percent, risk_rank. MONITORING_START / MONITORING_END (AAAA-MM-DD) delimitam a desflorestação contabilizada; o início é, por predefinição, a data-limite do EUDR, 2020-12-31. Com KEEP_SNAPSHOT, o carregamento é também guardado como instantâneo no GeoPackage de saída, para compare_assessments.</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_fetch_assessments.py"/>
        <source>Maximum rows</source>
        <translation>Máximo de linhas</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_fetch_assessments.py"/>
        <source>Commodity filter</source>
        <translation>Filtro de produto de base</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_fetch_assessments.py"/>
        <source>Country filter</source>
        <translation>Filtro de país</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_fetch_assessments.py"/>
        <source>Producer (company) filter</source>
        <translation>Filtro de produtor (empresa)</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_fetch_assessments.py"/>
        <source>Keep this load as a snapshot (for compare_assessments)</source>
        <translation>Guardar este carregamento como instantâneo (para compare_assessments)</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_fetch_assessments.py"/>
        <source>Assessments</source>
        <translation>Avaliações</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_fetch_assessments.py"/>
        <source>Producers per status</source>
        <translation>Produtores por estado</translation>
    </message>
</context>
<context>
    <name>FetchPlots</name>
    <message>
        <location filename="../processing_provider/alg_fetch_plots.py"/>
        <source>{count} of {collection} written</source>
        <translation>Escrito: {count} de {collection}</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_fetch_plots.py"/>
        <source>&apos;{producer}&apos; (collection {id}) has no plots: it is Not Assessable ({reason}), so Epoch checked none.</source>
        <translation>&apos;{producer}&apos; (coleção {id}) não tem parcelas: é Não avaliável ({reason}), por isso o Epoch não verificou nenhuma.</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_fetch_plots.py"/>
        <source>Fetch plots of a collection (drill-down)</source>
        <translation>Obter as parcelas de uma coleção (detalhe)</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_fetch_plots.py"/>
        <source>Loads the plots of one assessed collection with their deforestation figures and a binary status: Non-Compliant above 0.5 ha of post-2020 loss, else Compliant (Data Error, with the reason in data_error, when the area is not a number). No more than LIMIT plots are read. MONITORING_START / MONITORING_END (YYYY-MM-DD) bound the deforestation counted; the start defaults to the EUDR cut-off, 2020-12-31. A collection the server does not know, or a Not Assessable one without plots, is refused before anything is written.</source>
        <translation>Carrega as parcelas de uma coleção avaliada com os seus valores de desflorestação e um estado binário: Não conforme acima de 0,5 ha de perda posterior a 2020, caso contrário Conforme (Erro de dados, com o motivo em data_error, quando a área não é um número). São lidas no máximo LIMIT parcelas. MONITORING_START / MONITORING_END (AAAA-MM-DD) delimitam a desflorestação contabilizada; o início é, por predefinição, a data-limite do EUDR, 2020-12-31. Uma coleção que o servidor não conhece, ou uma Não avaliável sem parcelas, é recusada antes de se escrever o que quer que seja.</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_fetch_plots.py"/>
        <source>Collection id</source>
        <translation>ID da coleção</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_fetch_plots.py"/>
        <source>Maximum plots</source>
        <translation>Máximo de parcelas</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_fetch_plots.py"/>
        <source>Plots</source>
        <translation>Parcelas</translation>
    </message>
</context>
<context>
    <name>FieldAliases</name>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>Producer</source>
        <translation>Produtor</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>Commodity</source>
        <translation>Produto de base</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>Admin 1</source>
        <translation>Admin 1</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>Assessment</source>
        <translation>Avaliação</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>NC Plots</source>
        <translation>Parcelas NC</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>NC %</source>
        <translation>% NC</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>Article 10</source>
        <translation>Artigo 10.º</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>Status key</source>
        <translation>Chave de estado</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>Risk rank</source>
        <translation>Nível de risco</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>Skip reason</source>
        <translation>Motivo de omissão</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>Locations confidence</source>
        <translation>Confiança das localizações</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>NC area (ha)</source>
        <translation>Área NC (ha)</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>NC area fraction</source>
        <translation>Fração de área NC</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>NC rate</source>
        <translation>Taxa NC</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>Supply shed (ha)</source>
        <translation>Área de abastecimento (ha)</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>Stat type</source>
        <translation>Tipo de estatística</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>Collection</source>
        <translation>Coleção</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>Supplier ID</source>
        <translation>ID fornecedor</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>Facility location</source>
        <translation>Localização da instalação</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>Metadata (JSON)</source>
        <translation>Metadados (JSON)</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>Country code</source>
        <translation>Código do país</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>Data error</source>
        <translation>Erro de dados</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>EU country risk</source>
        <translation>Risco do país (UE)</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>EU check %</source>
        <translation>% controlos UE</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>Plot</source>
        <translation>Parcela</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>UUID</source>
        <translation>UUID</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>Area (ha)</source>
        <translation>Área (ha)</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>Alert</source>
        <translation>Alerta</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>Confidence</source>
        <translation>Confiança</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>Loss from</source>
        <translation>Perda desde</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>Loss to</source>
        <translation>Perda até</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>Second opinion</source>
        <translation>Segunda opinião</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>Second opinion score</source>
        <translation>Pontuação da segunda opinião</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>2nd: country</source>
        <translation>2.ª opinião: país</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>2nd: forest loss</source>
        <translation>2.ª opinião: perda de floresta</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>2nd: alert</source>
        <translation>2.ª opinião: alerta</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>2nd: alert area</source>
        <translation>2.ª opinião: área de alerta</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>2nd: uncertainty</source>
        <translation>2.ª opinião: incerteza</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>2nd: forest loss %</source>
        <translation>2.ª opinião: % perda de floresta</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>2nd: alert date</source>
        <translation>2.ª opinião: data do alerta</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>2nd: country code</source>
        <translation>2.ª opinião: código do país</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>2nd: country risk</source>
        <translation>2.ª opinião: risco do país</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>2nd: country from</source>
        <translation>2.ª opinião: origem do país</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>2nd: reasons</source>
        <translation>2.ª opinião: motivos</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>Epoch and 2nd opinion disagree</source>
        <translation>Epoch e a 2.ª opinião divergem</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>Facility ID</source>
        <translation>ID instalação</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>Address</source>
        <translation>Endereço</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>Score</source>
        <translation>Pontuação</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>Level</source>
        <translation>Nível</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>Comm. Presence</source>
        <translation>Pres. produto</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>POI</source>
        <translation>POI</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>Building</source>
        <translation>Edifício</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>Road</source>
        <translation>Estrada</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>Water</source>
        <translation>Água</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>Port</source>
        <translation>Porto</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>High Density</source>
        <translation>Alta densidade</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>Producer Name</source>
        <translation>Nome do produtor</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>Confirmed</source>
        <translation>Confirmado</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>Warning</source>
        <translation>Aviso</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>Deforestation (ha)</source>
        <translation>Desflorestação (ha)</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>Recomputed score</source>
        <translation>Pontuação recalculada</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>Recomputed level</source>
        <translation>Nível recalculado</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>Penalty: No commodity presence</source>
        <translation>Penalização: sem presença do produto de base</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>Penalty: Low commodity presence</source>
        <translation>Penalização: pouca presença do produto de base</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>Penalty: No POI nearby</source>
        <translation>Penalização: nenhum POI próximo</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>Penalty: No building presence</source>
        <translation>Penalização: sem edifícios</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>Penalty: No road access</source>
        <translation>Penalização: sem acesso rodoviário</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>Penalty: High building density (urban)</source>
        <translation>Penalização: alta densidade de edifícios (urbano)</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>Penalty: Deforestation nearby</source>
        <translation>Penalização: desflorestação próxima</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>Source feature</source>
        <translation>Elemento de origem</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>Risk</source>
        <translation>Risco</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>Shape</source>
        <translation>Forma</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>Protected area</source>
        <translation>Área protegida</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>Check</source>
        <translation>Verificação</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>Checked at (UTC)</source>
        <translation>Verificado em (UTC)</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>Longitude</source>
        <translation>Longitude</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>Latitude</source>
        <translation>Latitude</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>Commodity radius (m)</source>
        <translation>Raio do produto de base (m)</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>Options sent (JSON)</source>
        <translation>Opções enviadas (JSON)</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>Legality risk score</source>
        <translation>Pontuação de risco de legalidade</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>Legality risk</source>
        <translation>Risco de legalidade</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>Legality summary</source>
        <translation>Resumo de legalidade</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>Legality sources</source>
        <translation>Fontes de legalidade</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>Rank</source>
        <translation>Posição</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>Safe link</source>
        <translation>Ligação segura</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>Snippet</source>
        <translation>Excerto</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>Relevance</source>
        <translation>Relevância</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>Risk signal</source>
        <translation>Sinal de risco</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>Sandbox data</source>
        <translation>Dados do ambiente de testes</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>Non-compliant area (ha)</source>
        <translation>Área não conforme (ha)</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>Location type</source>
        <translation>Tipo de localização</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>Plot index</source>
        <translation>Índice da parcela</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>Area source</source>
        <translation>Origem da área</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>Plots</source>
        <translation>Parcelas</translation>
    </message>
    <message>
        <location filename="../layers/words/field_aliases.py"/>
        <source>Data note</source>
        <translation>Nota sobre os dados</translation>
    </message>
</context>
<context>
    <name>FieldPackage</name>
    <message>
        <location filename="../layers/report/field_package.py"/>
        <source>The declared commodity</source>
        <translation>O produto de base declarado</translation>
    </message>
    <message>
        <location filename="../layers/report/field_package.py"/>
        <source>Another crop</source>
        <translation>Outra cultura</translation>
    </message>
    <message>
        <location filename="../layers/report/field_package.py"/>
        <source>Forest</source>
        <translation>Floresta</translation>
    </message>
    <message>
        <location filename="../layers/report/field_package.py"/>
        <source>Recently cleared (stumps, burning)</source>
        <translation>Limpo recentemente (tocos, queimadas)</translation>
    </message>
    <message>
        <location filename="../layers/report/field_package.py"/>
        <source>Regrowth / fallow</source>
        <translation>Regeneração / pousio</translation>
    </message>
    <message>
        <location filename="../layers/report/field_package.py"/>
        <source>Pasture or grassland</source>
        <translation>Pastagem ou prado</translation>
    </message>
    <message>
        <location filename="../layers/report/field_package.py"/>
        <source>Buildings or roads</source>
        <translation>Edifícios ou estradas</translation>
    </message>
    <message>
        <location filename="../layers/report/field_package.py"/>
        <source>Water</source>
        <translation>Água</translation>
    </message>
    <message>
        <location filename="../layers/report/field_package.py"/>
        <source>Could not reach the plot</source>
        <translation>Não foi possível chegar à parcela</translation>
    </message>
    <message>
        <location filename="../layers/report/field_package.py"/>
        <source>Other (see notes)</source>
        <translation>Outro (ver notas)</translation>
    </message>
    <message>
        <location filename="../layers/report/field_package.py"/>
        <source>Yes</source>
        <translation>Sim</translation>
    </message>
    <message>
        <location filename="../layers/report/field_package.py"/>
        <source>No</source>
        <translation>Não</translation>
    </message>
    <message>
        <location filename="../layers/report/field_package.py"/>
        <source>Unsure</source>
        <translation>Incerto</translation>
    </message>
    <message>
        <location filename="../layers/report/field_package.py"/>
        <source>No.</source>
        <translation>N.º</translation>
    </message>
    <message>
        <location filename="../layers/report/field_package.py"/>
        <source>Plot</source>
        <translation>Parcela</translation>
    </message>
    <message>
        <location filename="../layers/report/field_package.py"/>
        <source>Epoch plot ID</source>
        <translation>ID da parcela Epoch</translation>
    </message>
    <message>
        <location filename="../layers/report/field_package.py"/>
        <source>Plot UUID</source>
        <translation>UUID da parcela</translation>
    </message>
    <message>
        <location filename="../layers/report/field_package.py"/>
        <source>Producer</source>
        <translation>Produtor</translation>
    </message>
    <message>
        <location filename="../layers/report/field_package.py"/>
        <source>Commodity</source>
        <translation>Produto de base</translation>
    </message>
    <message>
        <location filename="../layers/report/field_package.py"/>
        <source>Collection</source>
        <translation>Coleção</translation>
    </message>
    <message>
        <location filename="../layers/report/field_package.py"/>
        <source>Why visit</source>
        <translation>Motivo da visita</translation>
    </message>
    <message>
        <location filename="../layers/report/field_package.py"/>
        <source>Epoch status</source>
        <translation>Estado Epoch</translation>
    </message>
    <message>
        <location filename="../layers/report/field_package.py"/>
        <source>Second opinion</source>
        <translation>Segunda opinião</translation>
    </message>
    <message>
        <location filename="../layers/report/field_package.py"/>
        <source>Area (ha)</source>
        <translation>Área (ha)</translation>
    </message>
    <message>
        <location filename="../layers/report/field_package.py"/>
        <source>Deforested after 2020 (ha)</source>
        <translation>Desflorestado após 2020 (ha)</translation>
    </message>
    <message>
        <location filename="../layers/report/field_package.py"/>
        <source>Alert from</source>
        <translation>Alerta desde</translation>
    </message>
    <message>
        <location filename="../layers/report/field_package.py"/>
        <source>Alert to</source>
        <translation>Alerta até</translation>
    </message>
    <message>
        <location filename="../layers/report/field_package.py"/>
        <source>Latitude</source>
        <translation>Latitude</translation>
    </message>
    <message>
        <location filename="../layers/report/field_package.py"/>
        <source>Longitude</source>
        <translation>Longitude</translation>
    </message>
    <message>
        <location filename="../layers/report/field_package.py"/>
        <source>Visit date</source>
        <translation>Data da visita</translation>
    </message>
    <message>
        <location filename="../layers/report/field_package.py"/>
        <source>Observed land use</source>
        <translation>Uso do solo observado</translation>
    </message>
    <message>
        <location filename="../layers/report/field_package.py"/>
        <source>Deforestation seen</source>
        <translation>Desflorestação observada</translation>
    </message>
    <message>
        <location filename="../layers/report/field_package.py"/>
        <source>Photo</source>
        <translation>Fotografia</translation>
    </message>
    <message>
        <location filename="../layers/report/field_package.py"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location filename="../layers/report/field_package.py"/>
        <source>Epoch EUDR field checks</source>
        <translation>Verificações de campo Epoch EUDR</translation>
    </message>
    <message>
        <location filename="../layers/report/field_package.py"/>
        <source>Field checks (plots to visit)</source>
        <translation>Verificações de campo (parcelas a visitar)</translation>
    </message>
    <message>
        <location filename="../layers/report/field_package.py"/>
        <source>All plots</source>
        <translation>Todas as parcelas</translation>
    </message>
    <message>
        <location filename="../layers/report/field_package.py"/>
        <source>Assessment outlines</source>
        <translation>Contornos das avaliações</translation>
    </message>
    <message>
        <location filename="../layers/report/field_package.py"/>
        <source>Facilities</source>
        <translation>Instalações</translation>
    </message>
    <message>
        <location filename="../layers/report/field_package.py"/>
        <source>Could not write the QField project {file}: {error}</source>
        <translation>Não foi possível escrever o projeto QField {file}: {error}</translation>
    </message>
    <message>
        <source>Supply-shed outlines</source>
        <translation type="obsolete">Contornos das áreas de abastecimento</translation>
    </message>
    <message>
        <source>Could not build the style of &apos;{layer}&apos;: {error}</source>
        <translation type="obsolete">Não foi possível criar o estilo de &apos;{layer}&apos;: {error}</translation>
    </message>
</context>
<context>
    <name>FieldReport</name>
    <message>
        <location filename="../processing_provider/alg_field_report.py"/>
        <source>{n} producer assessment to report on</source>
        <translation>Avaliações de produtor a incluir no relatório: {n}</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_field_report.py"/>
        <source>{n} producer assessments to report on</source>
        <translation>Avaliações de produtor a incluir no relatório: {n}</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_field_report.py"/>
        <source>FILTER {expression} is not a valid expression: {error}.</source>
        <translation>FILTER {expression} não é uma expressão válida: {error}.</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_field_report.py"/>
        <source>FILTER {expression} names {missing}, which &apos;{layer}&apos; does not have. Its fields: {fields}.</source>
        <translation>FILTER {expression} refere {missing}, que &apos;{layer}&apos; não tem. Os seus campos: {fields}.</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_field_report.py"/>
        <source>Field report (PDF) and QField copy</source>
        <translation>Relatório de campo (PDF) e cópia QField</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_field_report.py"/>
        <source>A PDF for a field team, built with a print layout and an atlas: one section per producer assessment (the rows of ASSESSMENTS: selected only, and/or those FILTER keeps), most severe status first. Each section has a map of the plots coloured by Epoch&apos;s status with the supply-shed outline, the facility, a scale bar, a north arrow, a grid in degrees and a locator map of the country (no basemap: it works offline); a legend with the counts; the producer&apos;s status, EU country risk, Article 10 risk, assessment date and data source (sandbox data is said to be synthetic); and a table of the plots to visit (Epoch Non-Compliant, or not Compliant in the second opinion) with area, deforested hectares, alert dates and the centroid&apos;s latitude and longitude (6 decimals), numbered as on the map. Pages are numbered. The plots come from DRILLDOWNS (a GeoPackage holding drill-downs: the dock&apos;s results file, fetch_plots outputs) when it has them, else from the server (SERVER, AUTHCFG). With OUTPUT_FOLDER, that folder also gets &lt;name&gt;.gpkg (the report&apos;s layers and a field_checks layer of the plots to visit, with edit widgets for visit date, observed land use, deforestation seen, photo and notes) and &lt;name&gt;.qgz opening it by a relative path, ready for QFieldSync; what was filled in an earlier field_checks there is kept.</source>
        <translation>Um PDF para uma equipa de campo, criado com um layout de impressão e um atlas: uma secção por avaliação de produtor (as linhas de ASSESSMENTS: apenas as selecionadas e/ou as que FILTER mantém), com o estado mais grave primeiro. Cada secção tem um mapa das parcelas coloridas segundo o estado Epoch, com o contorno da área de abastecimento, a instalação, uma barra de escala, uma seta do norte, uma grelha em graus e um mapa de localização do país (sem mapa de fundo: funciona offline); uma legenda com as contagens; o estado do produtor, o risco do país na UE, o risco do artigo 10.º, a data da avaliação e a fonte dos dados (os dados da sandbox são indicados como sintéticos); e uma tabela das parcelas a visitar (Não conforme segundo o Epoch, ou não Conforme na segunda opinião) com a área, os hectares desflorestados, as datas dos alertas e a latitude e longitude do centroide (6 casas decimais), numeradas como no mapa. As páginas são numeradas. As parcelas vêm de DRILLDOWNS (um GeoPackage com detalhes guardados: o ficheiro de resultados do painel, resultados de fetch_plots) quando os contém; caso contrário, do servidor (SERVER, AUTHCFG). Com OUTPUT_FOLDER, essa pasta recebe também &lt;name&gt;.gpkg (as camadas do relatório e uma camada field_checks das parcelas a visitar, com widgets de edição para data da visita, uso do solo observado, desflorestação observada, fotografia e notas) e &lt;name&gt;.qgz, que o abre por um caminho relativo, pronto para o QFieldSync; o que foi preenchido numa field_checks anterior nessa pasta é mantido.</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_field_report.py"/>
        <source>Producer assessments</source>
        <translation>Avaliações de produtores</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_field_report.py"/>
        <source>Selected producers only</source>
        <translation>Apenas produtores selecionados</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_field_report.py"/>
        <source>Only the producers this expression keeps</source>
        <translation>Apenas os produtores que esta expressão mantém</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_field_report.py"/>
        <source>GeoPackage with saved drill-downs (read offline)</source>
        <translation>GeoPackage com detalhes guardados (leitura offline)</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_field_report.py"/>
        <source>Maximum plots per producer fetched</source>
        <translation>Máximo de parcelas obtidas por produtor</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_field_report.py"/>
        <source>Field report</source>
        <translation>Relatório de campo</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_field_report.py"/>
        <source>PDF files (*.pdf)</source>
        <translation>Ficheiros PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_field_report.py"/>
        <source>QField copy (folder)</source>
        <translation>Cópia QField (pasta)</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_field_report.py"/>
        <source>QField project</source>
        <translation>Projeto QField</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_field_report.py"/>
        <source>Pages</source>
        <translation>Páginas</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_field_report.py"/>
        <source>Producer sections</source>
        <translation>Secções de produtores</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_field_report.py"/>
        <source>Plots to visit</source>
        <translation>Parcelas a visitar</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_field_report.py"/>
        <source>Summary</source>
        <translation>Resumo</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_field_report.py"/>
        <source>No assessments layer.</source>
        <translation>Nenhuma camada de avaliações.</translation>
    </message>
    <message>
        <source>{n} producer assessment(s) to report on</source>
        <translation type="obsolete">{n} avaliação(ões) de produtor a incluir no relatório</translation>
    </message>
</context>
<context>
    <name>GeoPackageWriter</name>
    <message>
        <location filename="../layers/writer/gpkg_install.py"/>
        <source>Cannot write in {folder}: {error}. Choose another folder.</source>
        <translation>Não é possível escrever em {folder}: {error}. Escolha outra pasta.</translation>
    </message>
    <message>
        <location filename="../layers/writer/gpkg_install.py"/>
        <source>The disk holding {folder} ({disk}) is full ({free} free): {file} was left as it was. Free some space there or choose a folder on another disk, then run again.</source>
        <translation>O disco de {folder} ({disk}) está cheio ({free} livres): {file} ficou como estava. Liberte espaço nesse disco ou escolha uma pasta noutro disco e execute novamente.</translation>
    </message>
    <message>
        <location filename="../layers/writer/gpkg_install.py"/>
        <source>{file} is locked by another program; it is open in {programs}. Close it there (or save or discard its edits), then run again: the file was left as it was.</source>
        <translation>{file} está bloqueado por outro programa; está aberto em {programs}. Feche-o nesse programa (ou guarde ou descarte as edições) e execute novamente: o ficheiro ficou como estava.</translation>
    </message>
    <message>
        <location filename="../layers/writer/gpkg_install.py"/>
        <source>{file} is locked by another program: close it there and run again.</source>
        <translation>{file} está bloqueado por outro programa: feche-o nesse programa e execute novamente.</translation>
    </message>
    <message>
        <location filename="../layers/writer/gpkg_install.py"/>
        <source>Could not write layer &apos;{layer}&apos; to {file}: {error}</source>
        <translation>Não foi possível escrever a camada &apos;{layer}&apos; em {file}: {error}</translation>
    </message>
    <message>
        <location filename="../layers/writer/gpkg_install.py"/>
        <source>{program} (process {pid})</source>
        <translation>{program} (processo {pid})</translation>
    </message>
    <message>
        <location filename="../layers/writer/gpkg_install.py"/>
        <source>this QGIS (process {pid})</source>
        <translation>este QGIS (processo {pid})</translation>
    </message>
</context>
<context>
    <name>Geocoding</name>
    <message>
        <location filename="../layers/operations/geocoding.py"/>
        <source>{first}; {second}</source>
        <translation>{first}; {second}</translation>
    </message>
    <message>
        <location filename="../layers/operations/geocoding.py"/>
        <source>Choose the CSV or XLSX file of addresses to geocode.</source>
        <translation>Escolha o ficheiro CSV ou XLSX dos endereços a geocodificar.</translation>
    </message>
    <message>
        <location filename="../layers/operations/geocoding.py"/>
        <source>{name}: geocoding takes a CSV or XLSX file of addresses (one row per facility); this file is neither.</source>
        <translation>{name}: a geocodificação usa um ficheiro CSV ou XLSX de endereços (uma linha por instalação); este ficheiro não é nenhum dos dois.</translation>
    </message>
    <message>
        <location filename="../layers/operations/geocoding.py"/>
        <source>{name}: the file does not exist (moved or deleted?).</source>
        <translation>{name}: o ficheiro não existe (movido ou eliminado?).</translation>
    </message>
    <message>
        <location filename="../layers/operations/geocoding.py"/>
        <source>the server&apos;s answer left it out</source>
        <translation>a resposta do servidor omitiu-a</translation>
    </message>
    <message>
        <location filename="../layers/operations/geocoding.py"/>
        <source>the server says: “{reason}”</source>
        <translation>o servidor indica: «{reason}»</translation>
    </message>
    <message>
        <location filename="../layers/operations/geocoding.py"/>
        <source>no place found</source>
        <translation>nenhum local encontrado</translation>
    </message>
    <message>
        <location filename="../layers/operations/geocoding.py"/>
        <source>row {row} ({name}): {why}</source>
        <translation>linha {row} ({name}): {why}</translation>
    </message>
    <message>
        <location filename="../layers/operations/geocoding.py"/>
        <source>row {row}: {why}</source>
        <translation>linha {row}: {why}</translation>
    </message>
    <message>
        <location filename="../layers/operations/geocoding.py"/>
        <source>and {n} more row (see the layer&apos;s preview_status column)</source>
        <translation>e mais {n} linha (ver a coluna preview_status da camada)</translation>
    </message>
    <message>
        <location filename="../layers/operations/geocoding.py"/>
        <source>and {n} more rows (see the layer&apos;s preview_status column)</source>
        <translation>e mais {n} linhas (ver a coluna preview_status da camada)</translation>
    </message>
    <message>
        <location filename="../layers/operations/geocoding.py"/>
        <source>Not geocoded: {rows}. This row is in the layer without a point: fix its address in the file and preview again, or place it by hand.</source>
        <translation>Não geocodificada: {rows}. Esta linha está na camada sem ponto: corrija o endereço no ficheiro e pré-visualize novamente, ou posicione-a à mão.</translation>
    </message>
    <message>
        <location filename="../layers/operations/geocoding.py"/>
        <source>Not geocoded: {rows}. These rows are in the layer without a point: fix their address in the file and preview again, or place them by hand.</source>
        <translation>Não geocodificadas: {rows}. Estas linhas estão na camada sem ponto: corrija o endereço no ficheiro e pré-visualize novamente, ou posicione-as à mão.</translation>
    </message>
    <message>
        <location filename="../layers/operations/geocoding.py"/>
        <source>{placed} of {total} row geocoded: check the point (move it if it is wrong) before screening this layer.</source>
        <translation>{placed} de {total} linha geocodificada: verifique o ponto (mova-o se estiver errado) antes de fazer a triagem desta camada.</translation>
    </message>
    <message>
        <location filename="../layers/operations/geocoding.py"/>
        <source>{placed} of {total} rows geocoded: check the points (move any that is wrong) before screening this layer.</source>
        <translation>{placed} de {total} linhas geocodificadas: verifique os pontos (mova os que estiverem errados) antes de fazer a triagem desta camada.</translation>
    </message>
    <message>
        <location filename="../layers/operations/geocoding.py"/>
        <source>placed</source>
        <translation>posicionada</translation>
    </message>
    <message>
        <location filename="../layers/operations/geocoding.py"/>
        <source>not placed</source>
        <translation>não posicionada</translation>
    </message>
    <message>
        <location filename="../layers/operations/geocoding.py"/>
        <source>Geocoding</source>
        <translation>Geocodificação</translation>
    </message>
    <message>
        <location filename="../layers/operations/geocoding.py"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location filename="../layers/operations/geocoding.py"/>
        <source>Row in the file</source>
        <translation>Linha do ficheiro</translation>
    </message>
    <message>
        <location filename="../layers/operations/geocoding.py"/>
        <source>Geocoding note</source>
        <translation>Nota de geocodificação</translation>
    </message>
    <message>
        <location filename="../layers/operations/geocoding.py"/>
        <source>Geocoded: {file}</source>
        <translation>Geocodificado: {file}</translation>
    </message>
    <message>
        <source>the server says: {reason}</source>
        <translation type="obsolete">o servidor indica: {reason}</translation>
    </message>
    <message>
        <source>and {n} more (see the layer&apos;s preview_status column)</source>
        <translation type="obsolete">e mais {n} (ver a coluna preview_status da camada)</translation>
    </message>
</context>
<context>
    <name>GpkgWriter</name>
    <message>
        <location filename="../layers/writer/gpkg_writer.py"/>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../layers/writer/gpkg_writer.py"/>
        <source>&apos;{name}&apos; as &apos;{column}&apos;</source>
        <translation>«{name}» como «{column}»</translation>
    </message>
    <message>
        <location filename="../layers/writer/gpkg_writer.py"/>
        <source>{names} and {n} more</source>
        <translation>{names} e mais {n}</translation>
    </message>
    <message>
        <location filename="../layers/writer/gpkg_writer.py"/>
        <source>{n} property name renamed for the GeoPackage: {names}</source>
        <translation>{n} nome de propriedade mudado para o GeoPackage: {names}</translation>
    </message>
    <message>
        <location filename="../layers/writer/gpkg_writer.py"/>
        <source>{n} property names renamed for the GeoPackage: {names}</source>
        <translation>{n} nomes de propriedade mudados para o GeoPackage: {names}</translation>
    </message>
    <message>
        <location filename="../layers/writer/gpkg_writer.py"/>
        <source>{n} more property name not kept (a layer holds at most {limit} columns)</source>
        <translation>{n} nome de propriedade a mais não guardado (uma camada tem no máximo {limit} colunas)</translation>
    </message>
    <message>
        <location filename="../layers/writer/gpkg_writer.py"/>
        <source>{n} more property names not kept (a layer holds at most {limit} columns)</source>
        <translation>{n} nomes de propriedade a mais não guardados (uma camada tem no máximo {limit} colunas)</translation>
    </message>
</context>
<context>
    <name>JobWatcher</name>
    <message>
        <location filename="../ui/job_watcher.py"/>
        <source>log in to check the submitted jobs</source>
        <translation>inicie sessão para verificar os trabalhos submetidos</translation>
    </message>
    <message>
        <location filename="../ui/job_watcher.py"/>
        <source>Checking submitted collections</source>
        <translation>A verificar as coleções submetidas</translation>
    </message>
    <message>
        <location filename="../ui/job_watcher.py"/>
        <source>Load assessments</source>
        <translation>Carregar avaliações</translation>
    </message>
    <message>
        <location filename="../ui/job_watcher.py"/>
        <source>Results of {name} are ready.</source>
        <translation>Os resultados de {name} estão prontos.</translation>
    </message>
    <message>
        <location filename="../ui/job_watcher.py"/>
        <source>{names} and {n} other collection</source>
        <translation>{names} e mais {n} coleção</translation>
    </message>
    <message>
        <location filename="../ui/job_watcher.py"/>
        <source>{names} and {n} other collections</source>
        <translation>{names} e mais {n} coleções</translation>
    </message>
    <message>
        <location filename="../ui/job_watcher.py"/>
        <source>Results of {count} collections are ready: {names}.</source>
        <translation>Os resultados de {count} coleções estão prontos: {names}.</translation>
    </message>
    <message>
        <source>{names} and {n} more</source>
        <translation type="obsolete">{names} e mais {n}</translation>
    </message>
</context>
<context>
    <name>Jobs</name>
    <message>
        <location filename="../layers/operations/jobs.py"/>
        <source>it is not UTF-8 text</source>
        <translation>não é texto UTF-8</translation>
    </message>
    <message>
        <location filename="../layers/operations/jobs.py"/>
        <source>it was cut short</source>
        <translation>está truncado</translation>
    </message>
    <message>
        <location filename="../layers/operations/jobs.py"/>
        <source>it is not a list of jobs</source>
        <translation>não é uma lista de trabalhos</translation>
    </message>
    <message>
        <location filename="../layers/operations/jobs.py"/>
        <source>some records are unreadable</source>
        <translation>alguns registos estão ilegíveis</translation>
    </message>
    <message>
        <location filename="../layers/operations/jobs.py"/>
        <source>The file of submitted jobs could not be read whole ({why}): it was kept as {kept}, and a new list started with the {n} job still readable in it.</source>
        <translation>O ficheiro dos trabalhos submetidos não pôde ser lido na íntegra ({why}): foi guardado como {kept}, e foi iniciada uma nova lista com os trabalhos ainda legíveis ({n}).</translation>
    </message>
    <message>
        <location filename="../layers/operations/jobs.py"/>
        <source>The file of submitted jobs could not be read whole ({why}): it was kept as {kept}, and a new list started with the {n} jobs still readable in it.</source>
        <translation>O ficheiro dos trabalhos submetidos não pôde ser lido na íntegra ({why}): foi guardado como {kept}, e foi iniciada uma nova lista com os trabalhos ainda legíveis ({n}).</translation>
    </message>
    <message>
        <location filename="../layers/operations/jobs.py"/>
        <source>Cannot save the submitted jobs in {path}: {reason}</source>
        <translation>Não é possível guardar os trabalhos submetidos em {path}: {reason}</translation>
    </message>
    <message>
        <source>The file of submitted jobs could not be read whole ({why}): it was kept as {kept}, and a new list started with the {n} job(s) still readable in it.</source>
        <translation type="obsolete">O ficheiro dos trabalhos submetidos não pôde ser lido na íntegra ({why}): foi guardado como {kept}, e foi iniciada uma nova lista com os trabalhos ainda legíveis ({n}).</translation>
    </message>
</context>
<context>
    <name>LayerFeatures</name>
    <message>
        <location filename="../layers/inputs/features.py"/>
        <source>Cannot open the layer {layer} of {path}: load it again.</source>
        <translation>Não é possível abrir a camada {layer} de {path}: carregue-a novamente.</translation>
    </message>
    <message>
        <location filename="../layers/inputs/features.py"/>
        <source>The filter of {layer} cannot be read ({error}): clear it and try again.</source>
        <translation>Não é possível ler o filtro de {layer} ({error}): limpe-o e tente novamente.</translation>
    </message>
</context>
<context>
    <name>LayerJoin</name>
    <message>
        <location filename="../layers/writer/join.py"/>
        <source>These results have no source feature ids; screen the layer again to join them.</source>
        <translation>Estes resultados não têm identificadores dos elementos de origem; faça novamente a triagem da camada para os juntar.</translation>
    </message>
    <message>
        <location filename="../layers/writer/join.py"/>
        <source>QGIS refused to add the feature id field to &apos;{layer}&apos;.</source>
        <translation>O QGIS recusou adicionar o campo de identificador dos elementos a &apos;{layer}&apos;.</translation>
    </message>
    <message>
        <location filename="../layers/writer/join.py"/>
        <source>{layer} (joined)</source>
        <translation>{layer} (associação)</translation>
    </message>
    <message>
        <location filename="../layers/writer/join.py"/>
        <source>QGIS could not open the results of &apos;{layer}&apos; again to join them.</source>
        <translation>O QGIS não conseguiu reabrir os resultados de «{layer}» para os associar.</translation>
    </message>
    <message>
        <location filename="../layers/writer/join.py"/>
        <source>QGIS refused to join the results to &apos;{layer}&apos;.</source>
        <translation>O QGIS recusou juntar os resultados a &apos;{layer}&apos;.</translation>
    </message>
    <message>
        <location filename="../layers/writer/join.py"/>
        <source>Could not read the fields {fields} of &apos;{layer}&apos; ({path}) with GDAL; nothing was written.</source>
        <translation>Não foi possível ler os campos {fields} de &apos;{layer}&apos; ({path}) com o GDAL; nada foi escrito.</translation>
    </message>
</context>
<context>
    <name>LayerPreflight</name>
    <message>
        <location filename="../layers/operations/preflight.py"/>
        <source>; {n} feature written fixed (checked again: {after})</source>
        <translation>; {n} elemento escrito corrigido (verificado novamente: {after})</translation>
    </message>
    <message>
        <location filename="../layers/operations/preflight.py"/>
        <source>; {n} features written fixed (checked again: {after})</source>
        <translation>; elementos escritos corrigidos: {n} (verificados novamente: {after})</translation>
    </message>
    <message>
        <location filename="../layers/operations/preflight.py"/>
        <source> (most frequent: {codes})</source>
        <translation> (mais frequentes: {codes})</translation>
    </message>
    <message>
        <location filename="../layers/operations/preflight.py"/>
        <source>{errors}, {warnings}, {ok}</source>
        <translation>{errors}, {warnings}, {ok}</translation>
    </message>
    <message>
        <location filename="../layers/operations/preflight.py"/>
        <source>{n} error</source>
        <translation>{n} com erro</translation>
    </message>
    <message>
        <location filename="../layers/operations/preflight.py"/>
        <source>{n} errors</source>
        <translation>{n} com erros</translation>
    </message>
    <message>
        <location filename="../layers/operations/preflight.py"/>
        <source>{n} warning</source>
        <translation>{n} com aviso</translation>
    </message>
    <message>
        <location filename="../layers/operations/preflight.py"/>
        <source>{n} warnings</source>
        <translation>{n} com avisos</translation>
    </message>
    <message>
        <location filename="../layers/operations/preflight.py"/>
        <source>{n} feature OK</source>
        <translation>{n} elemento OK</translation>
    </message>
    <message>
        <location filename="../layers/operations/preflight.py"/>
        <source>{n} features OK</source>
        <translation>{n} elementos OK</translation>
    </message>
    <message>
        <location filename="../layers/operations/preflight.py"/>
        <source>&apos;{layer}&apos; is a table without geometry: the check before upload tests plot and facility geometries against the EU rules, so there is nothing to check. Open the file with its coordinate columns as points (Layer &gt; Add Layer &gt; Add Delimited Text Layer, X and Y fields), or screen the table as facility addresses to geocode.</source>
        <translation>&apos;{layer}&apos; é uma tabela sem geometria: a verificação antes do envio testa as geometrias das parcelas e das instalações segundo as regras da UE, portanto não há nada a verificar. Abra o ficheiro com as suas colunas de coordenadas como pontos (Camada &gt; Adicionar camada &gt; Adicionar camada de texto delimitado, campos X e Y) ou faça a triagem da tabela como endereços de instalações a geocodificar.</translation>
    </message>
    <message>
        <location filename="../layers/operations/preflight.py"/>
        <source>&apos;{layer}&apos;: give both the latitude and the longitude column (columns: {fields}){unknown}.</source>
        <translation>&apos;{layer}&apos;: indique a coluna da latitude e a da longitude (colunas: {fields}){unknown}.</translation>
    </message>
    <message>
        <location filename="../layers/operations/preflight.py"/>
        <source>; no column {name}</source>
        <translation>; não há coluna {name}</translation>
    </message>
    <message>
        <location filename="../layers/operations/preflight.py"/>
        <source>&apos;{layer}&apos; is a table: its columns {columns} may hold the coordinates, but which are the latitude and the longitude is not clear: choose them (LATITUDE_FIELD and LONGITUDE_FIELD in Processing).</source>
        <translation>&apos;{layer}&apos; é uma tabela: as colunas {columns} podem conter as coordenadas, mas não é claro quais são a latitude e a longitude: escolha-as (LATITUDE_FIELD e LONGITUDE_FIELD no Processamento).</translation>
    </message>
    <message>
        <location filename="../layers/operations/preflight.py"/>
        <source>&apos;{layer}&apos; is a table: its rows are read as points, latitude from &apos;{lat}&apos; and longitude from &apos;{lon}&apos; (decimal degrees, EPSG:4326).</source>
        <translation>&apos;{layer}&apos; é uma tabela: as suas linhas são lidas como pontos, a latitude de &apos;{lat}&apos; e a longitude de &apos;{lon}&apos; (graus decimais, EPSG:4326).</translation>
    </message>
    <message>
        <location filename="../layers/operations/preflight.py"/>
        <source>Fixed: {layer}</source>
        <translation>Corrigido: {layer}</translation>
    </message>
    <message>
        <location filename="../layers/operations/preflight.py"/>
        <source>Preflight: {layer}</source>
        <translation>Verificação prévia: {layer}</translation>
    </message>
    <message>
        <location filename="../layers/operations/preflight.py"/>
        <source>{n} feature; {why}</source>
        <translation>{n} elemento; {why}</translation>
    </message>
    <message>
        <location filename="../layers/operations/preflight.py"/>
        <source>{n} features; {why}</source>
        <translation>{n} elementos; {why}</translation>
    </message>
    <message>
        <location filename="../layers/operations/preflight.py"/>
        <source>no feature</source>
        <translation>nenhum elemento</translation>
    </message>
    <message>
        <location filename="../layers/operations/preflight.py"/>
        <source>&apos;{layer}&apos; has no point or polygon to check ({detail}): give the features their plot polygons or points, and check again.</source>
        <translation>&apos;{layer}&apos; não tem nenhum ponto ou polígono a verificar ({detail}): atribua aos elementos os polígonos ou pontos das suas parcelas e verifique novamente.</translation>
    </message>
    <message>
        <location filename="../layers/operations/preflight.py"/>
        <source>{title} (points)</source>
        <translation>{title} (pontos)</translation>
    </message>
    <message>
        <location filename="../layers/operations/preflight.py"/>
        <source>{title} (polygons)</source>
        <translation>{title} (polígonos)</translation>
    </message>
    <message>
        <location filename="../layers/operations/preflight.py"/>
        <source>{feature}: {errors}</source>
        <translation>{feature}: {errors}</translation>
    </message>
    <message>
        <location filename="../layers/operations/preflight.py"/>
        <source> and {n} more</source>
        <translation> e mais {n}</translation>
    </message>
    <message>
        <location filename="../layers/operations/preflight.py"/>
        <source>&apos;{layer}&apos;: {n} feature has errors the EU system refuses, so no file was written: {features}{more}. Run the preflight with FIX and export the fixed layer, or set INCLUDE_ERRORS to export it as it is.</source>
        <translation>&apos;{layer}&apos;: {n} elemento tem erros que o sistema da UE recusa, pelo que nenhum ficheiro foi escrito: {features}{more}. Execute a verificação prévia com FIX e exporte a camada corrigida, ou defina INCLUDE_ERRORS para o exportar tal como está.</translation>
    </message>
    <message>
        <location filename="../layers/operations/preflight.py"/>
        <source>&apos;{layer}&apos;: {n} features have errors the EU system refuses, so no file was written: {features}{more}. Run the preflight with FIX and export the fixed layer, or set INCLUDE_ERRORS to export them as they are.</source>
        <translation>&apos;{layer}&apos;: {n} elementos têm erros que o sistema da UE recusa, pelo que nenhum ficheiro foi escrito: {features}{more}. Execute a verificação prévia com FIX e exporte a camada corrigida, ou defina INCLUDE_ERRORS para os exportar tal como estão.</translation>
    </message>
    <message>
        <source>{n} ok</source>
        <translation type="obsolete">{n} ok</translation>
    </message>
    <message>
        <source>{n} feature(s); {why}</source>
        <translation type="obsolete">{n} elemento(s); {why}</translation>
    </message>
    <message>
        <source>&apos;{layer}&apos;: {n} feature(s) have errors the EU system refuses, so no file was written: {features}{more}. Run the preflight with FIX and export the fixed layer, or set INCLUDE_ERRORS to export them as they are.</source>
        <translation type="obsolete">&apos;{layer}&apos;: elementos com erros que o sistema da UE recusa: {n}; nenhum ficheiro foi escrito: {features}{more}. Execute a verificação prévia com FIX e exporte a camada corrigida, ou defina INCLUDE_ERRORS para os exportar tal como estão.</translation>
    </message>
</context>
<context>
    <name>LayerSource</name>
    <message>
        <location filename="../layers/inputs/source.py"/>
        <source>feature {fid}: {why}</source>
        <translation>elemento {fid}: {why}</translation>
    </message>
    <message>
        <location filename="../layers/inputs/source.py"/>
        <source> and {n} more</source>
        <translation> e mais {n}</translation>
    </message>
    <message>
        <location filename="../layers/inputs/source.py"/>
        <source>{n} feature not sent ({shown}{more})</source>
        <translation>{n} elemento não enviado ({shown}{more})</translation>
    </message>
    <message>
        <location filename="../layers/inputs/source.py"/>
        <source>{n} features not sent ({shown}{more})</source>
        <translation>{n} elementos não enviados ({shown}{more})</translation>
    </message>
    <message>
        <location filename="../layers/inputs/source.py"/>
        <source>facilities (addresses)</source>
        <translation>instalações (endereços)</translation>
    </message>
    <message>
        <location filename="../layers/inputs/source.py"/>
        <source>no geometries (choose plots or facilities)</source>
        <translation>sem geometrias (escolha parcelas ou instalações)</translation>
    </message>
    <message>
        <location filename="../layers/inputs/source.py"/>
        <source>plots (polygons)</source>
        <translation>parcelas (polígonos)</translation>
    </message>
    <message>
        <location filename="../layers/inputs/source.py"/>
        <source>plots (points)</source>
        <translation>parcelas (pontos)</translation>
    </message>
    <message>
        <location filename="../layers/inputs/source.py"/>
        <source>facilities (points)</source>
        <translation>instalações (pontos)</translation>
    </message>
    <message>
        <location filename="../layers/inputs/source.py"/>
        <source>lines (cannot be screened)</source>
        <translation>linhas (não é possível fazer a triagem)</translation>
    </message>
    <message>
        <location filename="../layers/inputs/source.py"/>
        <source>mixed geometries (choose plots or facilities)</source>
        <translation>geometrias mistas (escolha parcelas ou instalações)</translation>
    </message>
    <message>
        <location filename="../layers/inputs/source.py"/>
        <source>&apos;{layer}&apos; holds lines: only points (facilities) or polygons (plots) can be screened, and points with their Area in hectares as plots of up to 4 ha. Convert the layer first, e.g. polygons from closed lines.</source>
        <translation>&apos;{layer}&apos; contém linhas: só é possível fazer a triagem de pontos (instalações) ou polígonos (parcelas), e de pontos com a sua Area em hectares como parcelas até 4 ha. Converta primeiro a camada, p. ex., em polígonos a partir de linhas fechadas.</translation>
    </message>
    <message>
        <location filename="../layers/inputs/source.py"/>
        <source>&apos;{layer}&apos; holds polygons, which are plots, but the location type is facility: change one of them.</source>
        <translation>&apos;{layer}&apos; contém polígonos, que são parcelas, mas o tipo de localização é instalação: altere um dos dois.</translation>
    </message>
    <message>
        <location filename="../layers/inputs/source.py"/>
        <source>Set it in Layer Properties &gt; Source (Assigned Coordinate Reference System), e.g. EPSG:4326 when the coordinates are longitudes and latitudes in degrees, or the projected CRS they were measured in</source>
        <translation>Defina-o em Propriedades da camada &gt; Fonte (Sistema de Referência de Coordenadas atribuído), p. ex., EPSG:4326 quando as coordenadas são longitudes e latitudes em graus, ou o SRC projetado em que foram medidas</translation>
    </message>
    <message>
        <location filename="../layers/inputs/source.py"/>
        <source>&apos;{layer}&apos; has no coordinate reference system (CRS), so its coordinates cannot be placed on Earth and would be sent as if they were degrees. {where}.</source>
        <translation>&apos;{layer}&apos; não tem sistema de referência de coordenadas (SRC), pelo que as suas coordenadas não podem ser situadas na Terra e seriam enviadas como se fossem graus. {where}.</translation>
    </message>
    <message>
        <location filename="../layers/inputs/source.py"/>
        <source>a local CRS</source>
        <translation>um SRC local</translation>
    </message>
    <message>
        <location filename="../layers/inputs/source.py"/>
        <source>&apos;{layer}&apos; uses &apos;{crs}&apos;, a local (engineering) CRS that is not tied to the Earth: its coordinates cannot be converted to longitude/latitude. {where}.</source>
        <translation>&apos;{layer}&apos; usa &apos;{crs}&apos;, um SRC local (de engenharia) não ligado à Terra: as suas coordenadas não podem ser convertidas em longitude/latitude. {where}.</translation>
    </message>
    <message>
        <location filename="../layers/inputs/source.py"/>
        <source>&apos;{layer}&apos; ({file}) is UTF-16 text, which QGIS reads as a broken CSV: {save_as}, and open it again.</source>
        <translation>&apos;{layer}&apos; ({file}) é texto UTF-16, que o QGIS lê como um CSV corrompido: {save_as}, e abra-o novamente.</translation>
    </message>
    <message>
        <location filename="../layers/inputs/source.py"/>
        <source>&apos;{layer}&apos; ({file}) is {encoding} text: read as {encoding}, not as {current}</source>
        <translation>&apos;{layer}&apos; ({file}) é texto {encoding}: lido como {encoding}, não como {current}</translation>
    </message>
    <message>
        <location filename="../layers/inputs/source.py"/>
        <source>Pick a valid vector layer to screen.</source>
        <translation>Escolha uma camada vetorial válida para a triagem.</translation>
    </message>
    <message>
        <location filename="../layers/inputs/source.py"/>
        <source>No feature chosen: tick rows in the results table or select features on the map.</source>
        <translation>Nenhum elemento escolhido: marque linhas na tabela de resultados ou selecione elementos no mapa.</translation>
    </message>
    <message>
        <location filename="../layers/inputs/source.py"/>
        <source>&apos;{layer}&apos; has no selected features: select some, or untick &apos;Selected features only&apos;.</source>
        <translation>&apos;{layer}&apos; não tem elementos selecionados: selecione alguns ou desmarque &apos;Apenas elementos selecionados&apos;.</translation>
    </message>
    <message>
        <location filename="../layers/inputs/source.py"/>
        <source>GDAL recognises no vector format in it</source>
        <translation>o GDAL não reconhece nele nenhum formato vetorial</translation>
    </message>
    <message>
        <location filename="../layers/inputs/source.py"/>
        <source>GDAL opens it, but QGIS finds no layer in it</source>
        <translation>o GDAL abre-o, mas o QGIS não encontra nele nenhuma camada</translation>
    </message>
    <message>
        <location filename="../layers/inputs/source.py"/>
        <source>&apos;{layer}&apos; has {n} feature and it has no geometry (its &quot;geometry&quot; is null): the file holds no location to check or screen. Give the feature its point or polygon (the plot drawn, or the facility&apos;s coordinates); a table of addresses to geocode goes as a CSV or XLSX file.</source>
        <translation>&apos;{layer}&apos; tem {n} elemento e este não tem geometria (a sua &quot;geometry&quot; é null): o ficheiro não contém nenhuma localização a verificar ou a triar. Atribua ao elemento o seu ponto ou polígono (a parcela desenhada, ou as coordenadas da instalação); uma tabela de endereços a geocodificar é enviada como ficheiro CSV ou XLSX.</translation>
    </message>
    <message>
        <location filename="../layers/inputs/source.py"/>
        <source>&apos;{layer}&apos; has {n} features and not one has a geometry (every &quot;geometry&quot; is null): the file holds no location to check or screen. Give the features their points or polygons (the plots drawn, or the facilities&apos; coordinates); a table of addresses to geocode goes as a CSV or XLSX file.</source>
        <translation>&apos;{layer}&apos; tem {n} elementos e nenhum tem geometria (todas as &quot;geometry&quot; são null): o ficheiro não contém nenhuma localização a verificar ou a triar. Atribua aos elementos os seus pontos ou polígonos (as parcelas desenhadas, ou as coordenadas das instalações); uma tabela de endereços a geocodificar é enviada como ficheiro CSV ou XLSX.</translation>
    </message>
    <message>
        <location filename="../layers/inputs/source.py"/>
        <source>Give the features their points or polygons; a table of addresses to geocode goes as a CSV or XLSX file without a geometry column.</source>
        <translation>Atribua aos elementos os seus pontos ou polígonos; uma tabela de endereços a geocodificar é enviada como ficheiro CSV ou XLSX sem coluna de geometria.</translation>
    </message>
    <message>
        <location filename="../layers/inputs/source.py"/>
        <source>&apos;{layer}&apos; has no feature with a usable geometry: {why}.</source>
        <translation>&apos;{layer}&apos; não tem nenhum elemento com geometria utilizável: {why}.</translation>
    </message>
    <message>
        <location filename="../layers/inputs/source.py"/>
        <source>&apos;{layer}&apos; has no feature with a usable geometry.</source>
        <translation>&apos;{layer}&apos; não tem nenhum elemento com geometria utilizável.</translation>
    </message>
    <message>
        <location filename="../layers/inputs/source.py"/>
        <source>&apos;{layer}&apos; has no rows to send.</source>
        <translation>&apos;{layer}&apos; não tem linhas a enviar.</translation>
    </message>
    <message>
        <source>{n} feature(s) not sent ({shown}{more})</source>
        <translation type="obsolete">{n} elemento(s) não enviado(s) ({shown}{more})</translation>
    </message>
    <message>
        <source>&apos;{layer}&apos; has {n} feature(s) and not one has a geometry (every &quot;geometry&quot; is null): the file holds no location to check or screen. Give the features their points or polygons (the plots drawn, or the facilities&apos; coordinates); a table of addresses to geocode goes as a CSV or XLSX file.</source>
        <translation type="obsolete">&apos;{layer}&apos; tem {n} elemento(s) e nenhum tem geometria (todas as &quot;geometry&quot; são null): o ficheiro não contém nenhuma localização a verificar ou a triar. Atribua aos elementos os seus pontos ou polígonos (as parcelas desenhadas, ou as coordenadas das instalações); uma tabela de endereços a geocodificar é enviada como ficheiro CSV ou XLSX.</translation>
    </message>
</context>
<context>
    <name>LegalityWords</name>
    <message>
        <location filename="../layers/words/legality_words.py"/>
        <source>this facility</source>
        <translation>esta instalação</translation>
    </message>
    <message>
        <location filename="../layers/words/legality_words.py"/>
        <source>local</source>
        <translation>local</translation>
    </message>
    <message>
        <location filename="../layers/words/legality_words.py"/>
        <source>regional</source>
        <translation>regional</translation>
    </message>
    <message>
        <location filename="../layers/words/legality_words.py"/>
        <source>national</source>
        <translation>nacional</translation>
    </message>
    <message>
        <location filename="../layers/words/legality_words.py"/>
        <source>labour</source>
        <translation>trabalho</translation>
    </message>
    <message>
        <location filename="../layers/words/legality_words.py"/>
        <source>deforestation</source>
        <translation>desflorestação</translation>
    </message>
    <message>
        <location filename="../layers/words/legality_words.py"/>
        <source>forest degradation</source>
        <translation>degradação florestal</translation>
    </message>
    <message>
        <location filename="../layers/words/legality_words.py"/>
        <source>land rights</source>
        <translation>direitos fundiários</translation>
    </message>
    <message>
        <location filename="../layers/words/legality_words.py"/>
        <source>indigenous peoples</source>
        <translation>povos indígenas</translation>
    </message>
    <message>
        <location filename="../layers/words/legality_words.py"/>
        <source>environmental violation</source>
        <translation>infração ambiental</translation>
    </message>
    <message>
        <location filename="../layers/words/legality_words.py"/>
        <source>environmental law</source>
        <translation>direito do ambiente</translation>
    </message>
    <message>
        <location filename="../layers/words/legality_words.py"/>
        <source>human rights</source>
        <translation>direitos humanos</translation>
    </message>
    <message>
        <location filename="../layers/words/legality_words.py"/>
        <source>corruption</source>
        <translation>corrupção</translation>
    </message>
    <message>
        <location filename="../layers/words/legality_words.py"/>
        <source>governance</source>
        <translation>governação</translation>
    </message>
    <message>
        <location filename="../layers/words/legality_words.py"/>
        <source>sanctions</source>
        <translation>sanções</translation>
    </message>
    <message>
        <location filename="../layers/words/legality_words.py"/>
        <source>enforcement</source>
        <translation>aplicação da lei</translation>
    </message>
    <message>
        <location filename="../layers/words/legality_words.py"/>
        <source>supply chain integrity</source>
        <translation>integridade da cadeia de abastecimento</translation>
    </message>
    <message>
        <location filename="../layers/words/legality_words.py"/>
        <source>supply chain</source>
        <translation>cadeia de abastecimento</translation>
    </message>
</context>
<context>
    <name>MapTips</name>
    <message>
        <location filename="../layers/styles/maptips.py"/>
        <source>: </source>
        <translation>: </translation>
    </message>
    <message>
        <location filename="../layers/styles/maptips.py"/>
        <source> ({share} % checked)</source>
        <translation> ({share} % verificados)</translation>
    </message>
    <message>
        <location filename="../layers/styles/maptips.py"/>
        <source>EU country risk</source>
        <translation>Risco do país (UE)</translation>
    </message>
    <message>
        <location filename="../layers/styles/maptips.py"/>
        <source>Data error</source>
        <translation>Erro de dados</translation>
    </message>
    <message>
        <location filename="../layers/styles/maptips.py"/>
        <source>Data note</source>
        <translation>Nota sobre os dados</translation>
    </message>
    <message>
        <location filename="../layers/styles/maptips.py"/>
        <source>Commodity</source>
        <translation>Produto de base</translation>
    </message>
    <message>
        <location filename="../layers/styles/maptips.py"/>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <location filename="../layers/styles/maptips.py"/>
        <source>NC plots</source>
        <translation>Parcelas NC</translation>
    </message>
    <message>
        <location filename="../layers/styles/maptips.py"/>
        <source>NC %</source>
        <translation>% NC</translation>
    </message>
    <message>
        <location filename="../layers/styles/maptips.py"/>
        <source>Article 10</source>
        <translation>Artigo 10.º</translation>
    </message>
    <message>
        <location filename="../layers/styles/maptips.py"/>
        <source>high-risk country ({share} %)</source>
        <translation>país de risco elevado ({share} %)</translation>
    </message>
    <message>
        <location filename="../layers/styles/maptips.py"/>
        <source>standard-risk country ({share} %)</source>
        <translation>país de risco normal ({share} %)</translation>
    </message>
    <message>
        <location filename="../layers/styles/maptips.py"/>
        <source>low-risk country ({share} %)</source>
        <translation>país de baixo risco ({share} %)</translation>
    </message>
    <message>
        <location filename="../layers/styles/maptips.py"/>
        <source>Check sample #{order}</source>
        <translation>Amostra de controlo n.º {order}</translation>
    </message>
    <message>
        <location filename="../layers/styles/maptips.py"/>
        <source>unknown country, checked as standard ({share} %)</source>
        <translation>país desconhecido, verificado como risco normal ({share} %)</translation>
    </message>
    <message>
        <location filename="../layers/styles/maptips.py"/>
        <source>random pick (seed {seed}); </source>
        <translation>escolha aleatória (semente {seed}); </translation>
    </message>
    <message>
        <location filename="../layers/styles/maptips.py"/>
        <source>the producer, all its assessments: {status} at worst, {plots} NC plot in all</source>
        <translation>o produtor, todas as suas avaliações: {status} no pior caso, {plots} parcela NC no total</translation>
    </message>
    <message>
        <location filename="../layers/styles/maptips.py"/>
        <source>the producer, all its assessments: {status} at worst, {plots} NC plots in all</source>
        <translation>o produtor, todas as suas avaliações: {status} no pior caso, {plots} parcelas NC no total</translation>
    </message>
    <message>
        <location filename="../layers/styles/maptips.py"/>
        <source>, up to {percent} % of an assessment&apos;s area non-compliant</source>
        <translation>, até {percent} % da área de uma avaliação não conforme</translation>
    </message>
    <message>
        <location filename="../layers/styles/maptips.py"/>
        <source>{position} of {required} to check among {population} producer</source>
        <translation>posição {position} de {required} a verificar entre {population} produtor</translation>
    </message>
    <message>
        <location filename="../layers/styles/maptips.py"/>
        <source>{position} of {required} to check among {population} producers</source>
        <translation>posição {position} de {required} a verificar entre {population} produtores</translation>
    </message>
    <message>
        <location filename="../layers/styles/maptips.py"/>
        <source>Area (ha)</source>
        <translation>Área (ha)</translation>
    </message>
    <message>
        <location filename="../layers/styles/maptips.py"/>
        <source>Deforested (ha)</source>
        <translation>Desflorestado (ha)</translation>
    </message>
    <message>
        <location filename="../layers/styles/maptips.py"/>
        <source>Alert</source>
        <translation>Alerta</translation>
    </message>
    <message>
        <location filename="../layers/styles/maptips.py"/>
        <source>{verdict} (score {score})</source>
        <translation>{verdict} (pontuação {score})</translation>
    </message>
    <message>
        <location filename="../layers/styles/maptips.py"/>
        <source>Second opinion</source>
        <translation>Segunda opinião</translation>
    </message>
    <message>
        <location filename="../layers/styles/maptips.py"/>
        <source>Its parts</source>
        <translation>As suas componentes</translation>
    </message>
    <message>
        <location filename="../layers/styles/maptips.py"/>
        <source>Why</source>
        <translation>Porquê</translation>
    </message>
    <message>
        <location filename="../layers/styles/maptips.py"/>
        <source>Commodity presence</source>
        <translation>Presença do produto de base</translation>
    </message>
    <message>
        <location filename="../layers/styles/maptips.py"/>
        <source>POI nearby</source>
        <translation>POI nas proximidades</translation>
    </message>
    <message>
        <location filename="../layers/styles/maptips.py"/>
        <source>Building presence</source>
        <translation>Presença de edifícios</translation>
    </message>
    <message>
        <location filename="../layers/styles/maptips.py"/>
        <source>Road access</source>
        <translation>Acesso rodoviário</translation>
    </message>
    <message>
        <location filename="../layers/styles/maptips.py"/>
        <source>High building density (urban)</source>
        <translation>Alta densidade de edifícios (urbano)</translation>
    </message>
    <message>
        <location filename="../layers/styles/maptips.py"/>
        <source>Deforestation nearby (ha)</source>
        <translation>Desflorestação nas proximidades (ha)</translation>
    </message>
    <message>
        <location filename="../layers/styles/maptips.py"/>
        <source>Yes</source>
        <translation>Sim</translation>
    </message>
    <message>
        <location filename="../layers/styles/maptips.py"/>
        <source>No</source>
        <translation>Não</translation>
    </message>
    <message>
        <location filename="../layers/styles/maptips.py"/>
        <source>Score</source>
        <translation>Pontuação</translation>
    </message>
    <message>
        <location filename="../layers/styles/maptips.py"/>
        <source>{value} (penalty {penalty})</source>
        <translation>{value} (penalização {penalty})</translation>
    </message>
    <message>
        <location filename="../layers/styles/maptips.py"/>
        <source>Legality risk</source>
        <translation>Risco de legalidade</translation>
    </message>
    <message>
        <location filename="../layers/styles/maptips.py"/>
        <source>Legality summary</source>
        <translation>Resumo de legalidade</translation>
    </message>
    <message>
        <location filename="../layers/styles/maptips.py"/>
        <source>error</source>
        <translation>erro</translation>
    </message>
    <message>
        <location filename="../layers/styles/maptips.py"/>
        <source>warning</source>
        <translation>aviso</translation>
    </message>
    <message>
        <location filename="../layers/styles/maptips.py"/>
        <source>no problem found</source>
        <translation>nenhum problema encontrado</translation>
    </message>
    <message>
        <source>; {position} of {required} to check among {population} producer(s)</source>
        <translation type="obsolete">; posição {position} de {required} a verificar entre {population} produtor(es)</translation>
    </message>
    <message>
        <source>ok</source>
        <translation type="obsolete">ok</translation>
    </message>
</context>
<context>
    <name>MonitoringWindow</name>
    <message>
        <location filename="../processing_provider/monitoring_windows.py"/>
        <source>Monitoring from (YYYY-MM-DD)</source>
        <translation>Monitorizar desde (AAAA-MM-DD)</translation>
    </message>
    <message>
        <location filename="../processing_provider/monitoring_windows.py"/>
        <source>First day of the monitoring window, YYYY-MM-DD. Default {cutoff}, the EUDR cut-off date: forest lost after it makes a product non-compliant. Empty: the server&apos;s default.</source>
        <translation>Primeiro dia da janela de monitorização, AAAA-MM-DD. Predefinição {cutoff}, a data-limite do EUDR: a floresta perdida depois dessa data torna um produto não conforme. Vazio: a predefinição do servidor.</translation>
    </message>
    <message>
        <location filename="../processing_provider/monitoring_windows.py"/>
        <source>Monitoring until (YYYY-MM-DD, optional)</source>
        <translation>Monitorizar até (AAAA-MM-DD, opcional)</translation>
    </message>
    <message>
        <location filename="../processing_provider/monitoring_windows.py"/>
        <source>Last day of the monitoring window, YYYY-MM-DD. Empty: up to the latest data.</source>
        <translation>Último dia da janela de monitorização, AAAA-MM-DD. Vazio: até aos dados mais recentes.</translation>
    </message>
</context>
<context>
    <name>NotSent</name>
    <message>
        <location filename="../layers/words/not_sent.py"/>
        <source>split it with Vector &gt; Geometry Tools &gt; Multipart to Singleparts</source>
        <translation>divida-a com Vetor &gt; Ferramentas de geometria &gt; Multipartes para partes simples</translation>
    </message>
    <message>
        <location filename="../layers/words/not_sent.py"/>
        <source>no geometry</source>
        <translation>sem geometria</translation>
    </message>
    <message>
        <location filename="../layers/words/not_sent.py"/>
        <source>empty geometry</source>
        <translation>geometria vazia</translation>
    </message>
    <message>
        <location filename="../layers/words/not_sent.py"/>
        <source>a line: only points and polygons can be screened</source>
        <translation>uma linha: só é possível fazer a triagem de pontos e polígonos</translation>
    </message>
    <message>
        <location filename="../layers/words/not_sent.py"/>
        <source>an empty geometry collection</source>
        <translation>uma coleção de geometrias vazia</translation>
    </message>
    <message>
        <location filename="../layers/words/not_sent.py"/>
        <source>a geometry collection holding lines: only points and polygons can be screened ({hint})</source>
        <translation>uma coleção de geometrias com linhas: só é possível fazer a triagem de pontos e polígonos ({hint})</translation>
    </message>
    <message>
        <location filename="../layers/words/not_sent.py"/>
        <source>a geometry collection mixing points and polygons: {hint}, then screen each kind</source>
        <translation>uma coleção de geometrias que mistura pontos e polígonos: {hint}, e depois faça a triagem de cada tipo</translation>
    </message>
    <message>
        <location filename="../layers/words/not_sent.py"/>
        <source>a polygon: facilities are points (screen polygons as plots)</source>
        <translation>um polígono: as instalações são pontos (faça a triagem dos polígonos como parcelas)</translation>
    </message>
    <message>
        <location filename="../layers/words/not_sent.py"/>
        <source>cannot be reprojected to EPSG:4326 ({error})</source>
        <translation>não pode ser reprojetado para EPSG:4326 ({error})</translation>
    </message>
</context>
<context>
    <name>OfflineAlgorithms</name>
    <message>
        <location filename="../layers/operations/traces_export.py"/>
        <source>ProducerName from the field &apos;{field}&apos; (PRODUCER_NAME_FIELD chooses another).</source>
        <translation>ProducerName a partir do campo &apos;{field}&apos; (PRODUCER_NAME_FIELD escolhe outro).</translation>
    </message>
    <message>
        <location filename="../layers/operations/traces_export.py"/>
        <source>{n} feature without geometry left out: {ids}.</source>
        <translation>Elementos sem geometria deixados de fora: {n} ({ids}).</translation>
    </message>
    <message>
        <location filename="../layers/operations/traces_export.py"/>
        <source>{n} features without geometry left out: {ids}.</source>
        <translation>Elementos sem geometria deixados de fora: {n} ({ids}).</translation>
    </message>
    <message>
        <location filename="../layers/operations/traces_export.py"/>
        <source>or run the preflight with FIX, which sets it from each plot&apos;s location, and export the fixed layer</source>
        <translation>ou execute a verificação prévia com FIX, que o preenche a partir da localização de cada parcela, e exporte a camada corrigida</translation>
    </message>
    <message>
        <location filename="../layers/operations/traces_export.py"/>
        <source>{n} feature written without ProducerCountry (feature {fid}): its field &apos;{field}&apos; is empty; fill it with the two-letter country code, {fix}.</source>
        <translation>Elementos escritos sem ProducerCountry: {n} (elemento {fid}): o campo &apos;{field}&apos; está vazio; preencha-o com o código de país de duas letras, {fix}.</translation>
    </message>
    <message>
        <location filename="../layers/operations/traces_export.py"/>
        <source>{n} features written without ProducerCountry (the first: feature {fid}): their field &apos;{field}&apos; is empty; fill it with the two-letter country code, {fix}.</source>
        <translation>Elementos escritos sem ProducerCountry: {n} (o primeiro: elemento {fid}): o campo &apos;{field}&apos; está vazio; preencha-o com o código de país de duas letras, {fix}.</translation>
    </message>
    <message>
        <location filename="../layers/operations/traces_export.py"/>
        <source>{n} feature written without ProducerCountry (feature {fid}), which the EU requires on every feature: map the field holding the two-letter country code with COUNTRY_FIELD (e.g. COUNTRY_FIELD={field}), {fix}.</source>
        <translation>Elementos escritos sem ProducerCountry: {n} (elemento {fid}); a UE exige-o em todos os elementos: associe o campo com o código de país de duas letras com COUNTRY_FIELD (p. ex., COUNTRY_FIELD={field}), {fix}.</translation>
    </message>
    <message>
        <location filename="../layers/operations/traces_export.py"/>
        <source>{n} features written without ProducerCountry (the first: feature {fid}), which the EU requires on every feature: map the field holding the two-letter country code with COUNTRY_FIELD (e.g. COUNTRY_FIELD={field}), {fix}.</source>
        <translation>Elementos escritos sem ProducerCountry: {n} (o primeiro: elemento {fid}); a UE exige-o em todos os elementos: associe o campo com o código de país de duas letras com COUNTRY_FIELD (p. ex., COUNTRY_FIELD={field}), {fix}.</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_preflight.py"/>
        <source>Offline checks</source>
        <translation>Verificações offline</translation>
    </message>
    <message>
        <source>{n} feature(s) without geometry left out: {ids}.</source>
        <translation type="obsolete">Elementos sem geometria deixados de fora: {n} ({ids}).</translation>
    </message>
    <message>
        <source>{n} feature(s) written without ProducerCountry (the first: feature {fid}): their field &apos;{field}&apos; is empty; fill it with the two-letter country code, {fix}.</source>
        <translation type="obsolete">Elementos escritos sem ProducerCountry: {n} (o primeiro: elemento {fid}): o campo &apos;{field}&apos; está vazio; preencha-o com o código de país de duas letras, {fix}.</translation>
    </message>
    <message>
        <source>{n} feature(s) written without ProducerCountry (the first: feature {fid}), which the EU requires on every feature: map the field holding the two-letter country code with COUNTRY_FIELD (e.g. COUNTRY_FIELD={field}), {fix}.</source>
        <translation type="obsolete">Elementos escritos sem ProducerCountry: {n} (o primeiro: elemento {fid}); a UE exige-o em todos os elementos: associe o campo com o código de país de duas letras com COUNTRY_FIELD (p. ex., COUNTRY_FIELD={field}), {fix}.</translation>
    </message>
</context>
<context>
    <name>OpenFile</name>
    <message>
        <location filename="../layers/inputs/open_file.py"/>
        <source>&apos;{file}&apos; could not be opened: there is no such file.</source>
        <translation>Não foi possível abrir &apos;{file}&apos;: esse ficheiro não existe.</translation>
    </message>
    <message>
        <location filename="../layers/inputs/open_file.py"/>
        <source>&apos;{file}&apos; could not be opened ({reason}). The file may be cut short or damaged: export it again from where it came from.</source>
        <translation>Não foi possível abrir &apos;{file}&apos; ({reason}). O ficheiro pode estar truncado ou danificado: exporte-o novamente a partir da origem.</translation>
    </message>
    <message>
        <location filename="../layers/inputs/open_file.py"/>
        <source>&apos;{file}&apos; holds no layer named &apos;{layer}&apos;. Its layers: {layers}. Name one of these.</source>
        <translation>&apos;{file}&apos; não contém nenhuma camada chamada &apos;{layer}&apos;. As suas camadas: {layers}. Indique uma delas.</translation>
    </message>
    <message>
        <location filename="../layers/inputs/open_file.py"/>
        <source>&apos;{file}&apos; holds no layer number {layer} (numbered from 0). Its layers: {layers}. Name one of these.</source>
        <translation>&apos;{file}&apos; não contém nenhuma camada número {layer} (numeradas a partir de 0). As suas camadas: {layers}. Indique uma delas.</translation>
    </message>
    <message>
        <location filename="../layers/inputs/open_file.py"/>
        <source>none</source>
        <translation>nenhuma</translation>
    </message>
</context>
<context>
    <name>Operations</name>
    <message>
        <location filename="../layers/operations/epoch_api.py"/>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <location filename="../layers/operations/epoch_api.py"/>
        <source>{producer}: {outcome}</source>
        <translation>{producer}: {outcome}</translation>
    </message>
    <message>
        <location filename="../layers/operations/epoch_api.py"/>
        <source>{said}; {notes}</source>
        <translation>{said}; {notes}</translation>
    </message>
    <message>
        <location filename="../layers/operations/epoch_api.py"/>
        <source>{rows} with a number that is not one, so {verdict} (see the data_error column): {examples}</source>
        <translation>{rows} com um número que não o é, portanto {verdict} (ver a coluna data_error): {examples}</translation>
    </message>
    <message>
        <location filename="../layers/operations/epoch_api.py"/>
        <source>no snapshot kept for Changes since... ({reason})</source>
        <translation>nenhum instantâneo guardado para Alterações desde... ({reason})</translation>
    </message>
</context>
<context>
    <name>Plugin</name>
    <message>
        <location filename="../plugin.py"/>
        <source>Show or hide the Epoch EUDR Screening panel</source>
        <translation>Mostrar ou ocultar o painel Epoch EUDR Screening</translation>
    </message>
    <message>
        <location filename="../plugin.py"/>
        <source>Check a facility here</source>
        <translation>Verificar uma instalação aqui</translation>
    </message>
    <message>
        <location filename="../plugin.py"/>
        <source>Check a facility here: click a point on the map, Epoch validates it as a facility (the Screening tab shows the answer)</source>
        <translation>Verificar uma instalação aqui: clique num ponto do mapa, o Epoch valida-o como instalação (o separador Triagem mostra a resposta)</translation>
    </message>
</context>
<context>
    <name>Preflight</name>
    <message>
        <location filename="../processing_provider/alg_preflight.py"/>
        <source>Preflight: EU geolocation rules (offline)</source>
        <translation>Verificação prévia: regras de geolocalização da UE (offline)</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_preflight.py"/>
        <source>Checks every feature against the EU Information System&apos;s geolocation rules and the seed 001 facility tables, without any network: issues (codes), severity (error blocks an EU upload, warning does not), messages, geodesic area and country. Plots are polygons or points: a point stands for a plot of at most 4 ha (cattle establishments excepted) given with its Area in hectares; a polygon&apos;s Area that clearly differs from the polygon drawn is a warning. A table (CSV, XLSX) is read as points from its latitude and longitude columns, recognised by their names or given as LATITUDE_FIELD and LONGITUDE_FIELD. Points and polygons (a GeometryCollection of both included) are written to two layers (OUTPUT and OTHER_OUTPUT). FIX writes repaired copies (make valid, 2D, 6 decimals, holes split, one polygon per feature, ProducerCountry, numeric Area), lists what changed, and checks and draws them again. The input layer is never modified.</source>
        <translation>Verifica cada elemento segundo as regras de geolocalização do sistema de informação da UE e as tabelas de instalações seed 001, sem rede: problemas (códigos), gravidade (um erro bloqueia um envio para a UE, um aviso não), mensagens, área geodésica e país. As parcelas são polígonos ou pontos: um ponto representa uma parcela de 4 ha no máximo (exceto estabelecimentos de gado bovino), indicada com a sua Area em hectares; uma Area de polígono claramente diferente do polígono desenhado dá um aviso. Uma tabela (CSV, XLSX) é lida como pontos a partir das colunas de latitude e longitude, reconhecidas pelo nome ou indicadas com LATITUDE_FIELD e LONGITUDE_FIELD. Os pontos e os polígonos (incluindo uma GeometryCollection de ambos) são escritos em duas camadas (OUTPUT e OTHER_OUTPUT). FIX escreve cópias reparadas (make valid, 2D, 6 casas decimais, buracos divididos, um polígono por elemento, ProducerCountry, Area numérica), lista o que mudou e volta a verificá-las e a desenhá-las. A camada de entrada nunca é modificada.</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_preflight.py"/>
        <source>Plots or facilities</source>
        <translation>Parcelas ou instalações</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_preflight.py"/>
        <source>Selected features only</source>
        <translation>Apenas elementos selecionados</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_preflight.py"/>
        <source>Write fixed features</source>
        <translation>Escrever elementos corrigidos</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_preflight.py"/>
        <source>Area for points without one (ha)</source>
        <translation>Área para pontos sem área (ha)</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_preflight.py"/>
        <source>Latitude column (a table without geometry)</source>
        <translation>Coluna da latitude (tabela sem geometria)</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_preflight.py"/>
        <source>Longitude column (a table without geometry)</source>
        <translation>Coluna da longitude (tabela sem geometria)</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_preflight.py"/>
        <source>Preflight results</source>
        <translation>Resultados da verificação prévia</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_preflight.py"/>
        <source>Counts</source>
        <translation>Contagens</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_preflight.py"/>
        <source>Points beside the polygons (or polygons beside the points)</source>
        <translation>Pontos ao lado dos polígonos (ou polígonos ao lado dos pontos)</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_preflight.py"/>
        <source>Points and polygons are in two layers: {first} and {second}.</source>
        <translation>Os pontos e os polígonos estão em duas camadas: {first} e {second}.</translation>
    </message>
</context>
<context>
    <name>PreflightBox</name>
    <message>
        <location filename="../ui/wdg_preflight.py"/>
        <source>error</source>
        <translation>erro</translation>
    </message>
    <message>
        <location filename="../ui/wdg_preflight.py"/>
        <source>warning</source>
        <translation>aviso</translation>
    </message>
    <message>
        <location filename="../ui/wdg_preflight.py"/>
        <source>info</source>
        <translation>info</translation>
    </message>
    <message>
        <location filename="../ui/wdg_preflight.py"/>
        <source>Before upload: EU rules, offline</source>
        <translation>Antes do envio: regras UE, offline</translation>
    </message>
    <message>
        <location filename="../ui/wdg_preflight.py"/>
        <source>Check before upload</source>
        <translation>Verificar</translation>
    </message>
    <message>
        <location filename="../ui/wdg_preflight.py"/>
        <source>Apply fixes to a new layer</source>
        <translation>Corrigir numa nova camada</translation>
    </message>
    <message>
        <location filename="../ui/wdg_preflight.py"/>
        <source>Export EU-ready GeoJSON</source>
        <translation>Exportar GeoJSON UE</translation>
    </message>
    <message>
        <location filename="../ui/wdg_preflight.py"/>
        <source>Write the checked layer (or its fixed copy, after Apply fixes) as the GeoJSON files the EU Information System takes (Processing: Export EU-ready GeoJSON (TRACES)); refused while a feature has errors.</source>
        <translation>Escreve a camada verificada (ou a sua cópia corrigida, após &apos;Corrigir numa nova camada&apos;) nos ficheiros GeoJSON que o sistema de informação da UE aceita (Processamento: Exportar GeoJSON pronto para a UE (TRACES)); recusado enquanto um elemento tiver erros.</translation>
    </message>
    <message>
        <location filename="../ui/wdg_preflight.py"/>
        <source>Click an issue to select and zoom to the features that have it.</source>
        <translation>Clique num problema para selecionar os elementos que o têm e fazer zoom para eles.</translation>
    </message>
    <message>
        <location filename="../ui/wdg_preflight.py"/>
        <source>Choose a layer to check.</source>
        <translation>Escolha uma camada a verificar.</translation>
    </message>
    <message>
        <location filename="../ui/wdg_preflight.py"/>
        <source>Fixing {layer}</source>
        <translation>A corrigir {layer}</translation>
    </message>
    <message>
        <location filename="../ui/wdg_preflight.py"/>
        <source>Checking {layer}</source>
        <translation>A verificar {layer}</translation>
    </message>
    <message>
        <location filename="../ui/wdg_preflight.py"/>
        <source>Coordinates of {layer}</source>
        <translation>Coordenadas de {layer}</translation>
    </message>
    <message>
        <location filename="../ui/wdg_preflight.py"/>
        <source>Column holding the latitude (decimal degrees):</source>
        <translation>Coluna com a latitude (graus decimais):</translation>
    </message>
    <message>
        <location filename="../ui/wdg_preflight.py"/>
        <source>Column holding the longitude (decimal degrees):</source>
        <translation>Coluna com a longitude (graus decimais):</translation>
    </message>
    <message>
        <location filename="../ui/wdg_preflight.py"/>
        <source>The fixed copy, checked again:</source>
        <translation>A cópia corrigida, verificada novamente:</translation>
    </message>
    <message>
        <location filename="../ui/wdg_preflight.py"/>
        <source>No feature would be refused by the EU system; {n} with warnings: see the list.</source>
        <translation>Nenhum elemento seria recusado pelo sistema da UE; {n} com avisos: veja a lista.</translation>
    </message>
    <message>
        <location filename="../ui/wdg_preflight.py"/>
        <source>No issue found: ready for an EU upload.</source>
        <translation>Nenhum problema encontrado: pronto para um envio para a UE.</translation>
    </message>
    <message>
        <location filename="../ui/wdg_preflight.py"/>
        <source>{issue} ({severity})</source>
        <translation>{issue} ({severity})</translation>
    </message>
    <message>
        <location filename="../ui/wdg_preflight.py"/>
        <source>Code {code} ({severity}): click to select and zoom to these features.</source>
        <translation>Código {code} ({severity}): clique para selecionar estes elementos e fazer zoom para eles.</translation>
    </message>
    <message>
        <location filename="../ui/wdg_preflight.py"/>
        <source>{n} feature written fixed to a new layer.</source>
        <translation>{n} elemento escrito corrigido numa nova camada.</translation>
    </message>
    <message>
        <location filename="../ui/wdg_preflight.py"/>
        <source>{n} features written fixed to a new layer.</source>
        <translation>{n} elementos corrigidos escritos numa nova camada.</translation>
    </message>
    <message>
        <location filename="../ui/wdg_preflight.py"/>
        <source>Checked again: none would be refused by the EU system.</source>
        <translation>Verificados novamente: nenhum seria recusado pelo sistema da UE.</translation>
    </message>
    <message>
        <location filename="../ui/wdg_preflight.py"/>
        <source>Check a layer first: the export writes the checked layer, or its fixed copy.</source>
        <translation>Verifique primeiro uma camada: a exportação escreve a camada verificada ou a sua cópia corrigida.</translation>
    </message>
    <message>
        <location filename="../ui/wdg_preflight.py"/>
        <source>Folder for the EU GeoJSON files</source>
        <translation>Pasta para os ficheiros GeoJSON da UE</translation>
    </message>
    <message>
        <location filename="../ui/wdg_preflight.py"/>
        <source>Exporting EU-ready GeoJSON of {layer}</source>
        <translation>A exportar o GeoJSON para a UE de {layer}</translation>
    </message>
    <message>
        <source>Check before upload (offline, EU geolocation rules)</source>
        <translation type="obsolete">Verificação prévia (offline, geolocalização UE)</translation>
    </message>
</context>
<context>
    <name>PreflightExport</name>
    <message>
        <location filename="../ui/preflight_export.py"/>
        <source>1 EU GeoJSON file written to {folder}: {file}</source>
        <translation>1 ficheiro GeoJSON da UE escrito em {folder}: {file}</translation>
    </message>
    <message>
        <location filename="../ui/preflight_export.py"/>
        <source>{n} EU GeoJSON files written to {folder}: {files}</source>
        <translation>{n} ficheiros GeoJSON da UE escritos em {folder}: {files}</translation>
    </message>
    <message>
        <location filename="../ui/preflight_export.py"/>
        <source>Cannot open the checked layer ({source}): check it again.</source>
        <translation>Não é possível abrir a camada verificada ({source}): verifique-a novamente.</translation>
    </message>
    <message>
        <source>The export failed: see the Processing log.</source>
        <translation type="obsolete">A exportação falhou: consulte o registo de mensagens (separador Processamento).</translation>
    </message>
</context>
<context>
    <name>PreflightWords</name>
    <message>
        <location filename="../layers/words/preflight.py"/>
        <source>Feature {fid}</source>
        <translation>Elemento {fid}</translation>
    </message>
</context>
<context>
    <name>PreviewGeocoding</name>
    <message>
        <location filename="../processing_provider/alg_preview_geocoding.py"/>
        <source>INPUT: {reason}</source>
        <translation>INPUT: {reason}</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_preview_geocoding.py"/>
        <source>Geocoding &apos;{file}&apos; on {url}</source>
        <translation>A geocodificar &apos;{file}&apos; em {url}</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_preview_geocoding.py"/>
        <source>Preview geocoding of addresses (normalize_locations)</source>
        <translation>Pré-visualizar a geocodificação de endereços (normalize_locations)</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_preview_geocoding.py"/>
        <source>Sends a CSV or XLSX of facility addresses to Epoch&apos;s /normalize_locations and writes where Epoch places each row as a point layer, with the file&apos;s own columns, before any screening: a wrong geocode is a wrong facility. Check the points, move any that is wrong, then screen the layer. Rows Epoch could not place are kept without a point (preview_status = not_geocoded, with the server&apos;s reason in preview_note) and named one by one in the log. The file is not modified; a rerun into the same output replaces the layer.</source>
        <translation>Envia um CSV ou XLSX de endereços de instalações para /normalize_locations do Epoch e escreve onde o Epoch posiciona cada linha como uma camada de pontos, com as colunas do próprio ficheiro, antes de qualquer triagem: uma geocodificação errada é uma instalação errada. Verifique os pontos, mova os que estiverem errados e depois faça a triagem da camada. As linhas que o Epoch não conseguiu posicionar são mantidas sem ponto (preview_status = not_geocoded, com o motivo do servidor em preview_note) e indicadas uma a uma no registo. O ficheiro não é modificado; uma nova execução para a mesma saída substitui a camada.</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_preview_geocoding.py"/>
        <source>Addresses (CSV or XLSX)</source>
        <translation>Endereços (CSV ou XLSX)</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_preview_geocoding.py"/>
        <source>Addresses</source>
        <translation>Endereços</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_preview_geocoding.py"/>
        <source>Geocoded addresses</source>
        <translation>Endereços geocodificados</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_preview_geocoding.py"/>
        <source>Rows geocoded</source>
        <translation>Linhas geocodificadas</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_preview_geocoding.py"/>
        <source>Rows not geocoded</source>
        <translation>Linhas não geocodificadas</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_preview_geocoding.py"/>
        <source>Summary</source>
        <translation>Resumo</translation>
    </message>
</context>
<context>
    <name>ReportBuild</name>
    <message>
        <location filename="../layers/report/field_report.py"/>
        <source>{first}; {second}</source>
        <translation>{first}; {second}</translation>
    </message>
    <message>
        <location filename="../layers/report/field_report.py"/>
        <source>all producers</source>
        <translation>todos os produtores</translation>
    </message>
    <message>
        <location filename="../layers/report/field_report.py"/>
        <source> and </source>
        <translation> e </translation>
    </message>
    <message>
        <location filename="../layers/report/field_report.py"/>
        <source>{n} producers</source>
        <translation>{n} produtores</translation>
    </message>
    <message>
        <location filename="../layers/report/field_report.py"/>
        <source>Field report {producers} {date}</source>
        <translation>Relatório de campo {producers} {date}</translation>
    </message>
    <message>
        <location filename="../layers/report/field_report.py"/>
        <source>{sections}, {pages}, {visits}: {pdf}</source>
        <translation>{sections}, {pages}, {visits}: {pdf}</translation>
    </message>
    <message>
        <location filename="../layers/report/field_report.py"/>
        <source>{n} producer section</source>
        <translation>{n} secção de produtor</translation>
    </message>
    <message>
        <location filename="../layers/report/field_report.py"/>
        <source>{n} producer sections</source>
        <translation>{n} secções de produtores</translation>
    </message>
    <message>
        <location filename="../layers/report/field_report.py"/>
        <source>{n} page</source>
        <translation>{n} página</translation>
    </message>
    <message>
        <location filename="../layers/report/field_report.py"/>
        <source>{n} pages</source>
        <translation>{n} páginas</translation>
    </message>
    <message>
        <location filename="../layers/report/field_report.py"/>
        <source>{n} plot to visit</source>
        <translation>{n} parcela a visitar</translation>
    </message>
    <message>
        <location filename="../layers/report/field_report.py"/>
        <source>{n} plots to visit</source>
        <translation>{n} parcelas a visitar</translation>
    </message>
    <message>
        <location filename="../layers/report/field_report.py"/>
        <source>QField project {path}</source>
        <translation>projeto QField {path}</translation>
    </message>
    <message>
        <location filename="../layers/report/field_report.py"/>
        <source>left out: {items}</source>
        <translation>deixados de fora: {items}</translation>
    </message>
    <message>
        <location filename="../layers/report/field_report.py"/>
        <source>The filter expression cannot be read: {error}</source>
        <translation>Não é possível ler a expressão de filtro: {error}</translation>
    </message>
    <message>
        <location filename="../layers/report/field_report.py"/>
        <source>The drill-down GeoPackage {path} does not exist.</source>
        <translation>O GeoPackage de detalhes {path} não existe.</translation>
    </message>
    <message>
        <location filename="../layers/report/field_report.py"/>
        <source>Cannot read {path}: {error}</source>
        <translation>Não é possível ler {path}: {error}</translation>
    </message>
    <message>
        <location filename="../layers/report/field_report.py"/>
        <source>{name} (no collection id)</source>
        <translation>{name} (sem ID de coleção)</translation>
    </message>
    <message>
        <location filename="../layers/report/field_report.py"/>
        <source>a row</source>
        <translation>uma linha</translation>
    </message>
    <message>
        <location filename="../layers/report/field_report.py"/>
        <source>plots from {file} (saved drill-down)</source>
        <translation>parcelas de {file} (detalhe guardado)</translation>
    </message>
    <message>
        <location filename="../layers/report/field_report.py"/>
        <source>The plots of {name} are in no drill-down GeoPackage given and no server login is set: drill down first, or give a login.</source>
        <translation>As parcelas de {name} não estão em nenhum GeoPackage de detalhes indicado e não há início de sessão no servidor: detalhe primeiro, ou indique um início de sessão.</translation>
    </message>
    <message>
        <location filename="../layers/report/field_report.py"/>
        <source>plots fetched from the server</source>
        <translation>parcelas obtidas do servidor</translation>
    </message>
    <message>
        <location filename="../layers/report/field_report.py"/>
        <source>{name} (no plots and no location)</source>
        <translation>{name} (sem parcelas nem localização)</translation>
    </message>
    <message>
        <location filename="../layers/report/field_report.py"/>
        <source>{path}: the report is a PDF; give a name ending in .pdf</source>
        <translation>{path}: o relatório é um PDF; indique um nome terminado em .pdf</translation>
    </message>
    <message>
        <location filename="../layers/report/field_report.py"/>
        <source>No producer to report on: select producers, or loosen the filter.</source>
        <translation>Nenhum produtor a incluir no relatório: selecione produtores ou alargue o filtro.</translation>
    </message>
    <message>
        <location filename="../layers/report/field_report.py"/>
        <source>Nothing to report: {reasons}</source>
        <translation>Nada a incluir no relatório: {reasons}</translation>
    </message>
    <message>
        <location filename="../layers/report/field_report.py"/>
        <source>{producer}: {note}</source>
        <translation>{producer}: {note}</translation>
    </message>
    <message>
        <source>; QField project {path}</source>
        <translation type="obsolete">; projeto QField {path}</translation>
    </message>
    <message>
        <source>; left out: {items}</source>
        <translation type="obsolete">; deixado(s) de fora: {items}</translation>
    </message>
    <message>
        <source>{sections} producer section(s), {pages} page(s), {visits} plot(s) to visit: {pdf}</source>
        <translation type="obsolete">{sections} secção(ões) de produtor, {pages} página(s), {visits} parcela(s) a visitar: {pdf}</translation>
    </message>
</context>
<context>
    <name>ReportData</name>
    <message>
        <location filename="../layers/report/data.py"/>
        <source>Epoch status</source>
        <translation>Estado Epoch</translation>
    </message>
    <message>
        <location filename="../layers/report/data.py"/>
        <source>Second opinion</source>
        <translation>Segunda opinião</translation>
    </message>
    <message>
        <location filename="../layers/report/data.py"/>
        <source>EU country risk</source>
        <translation>Risco do país (UE)</translation>
    </message>
    <message>
        <location filename="../layers/report/data.py"/>
        <source>Article 10 risk</source>
        <translation>Risco do artigo 10.º</translation>
    </message>
    <message>
        <location filename="../layers/report/data.py"/>
        <source>Assessment date</source>
        <translation>Data da avaliação</translation>
    </message>
    <message>
        <location filename="../layers/report/data.py"/>
        <source>Producer</source>
        <translation>Produtor</translation>
    </message>
    <message>
        <location filename="../layers/report/data.py"/>
        <source>Data source</source>
        <translation>Fonte dos dados</translation>
    </message>
    <message>
        <location filename="../layers/report/data.py"/>
        <source>SANDBOX DATA: synthetic results for training, not observations of these places nor evidence for due diligence</source>
        <translation>DADOS DA SANDBOX: resultados sintéticos para formação, não são observações destes locais nem prova para a diligência devida</translation>
    </message>
    <message>
        <location filename="../layers/report/data.py"/>
        <source>Non-Compliant</source>
        <translation>Não conforme</translation>
    </message>
    <message>
        <location filename="../layers/report/data.py"/>
        <source>Needs Review</source>
        <translation>A rever</translation>
    </message>
    <message>
        <location filename="../layers/report/data.py"/>
        <source>Compliant</source>
        <translation>Conforme</translation>
    </message>
    <message>
        <location filename="../layers/report/data.py"/>
        <source>Unnamed producer</source>
        <translation>Produtor sem nome</translation>
    </message>
    <message>
        <location filename="../layers/report/data.py"/>
        <source>no plots</source>
        <translation>sem parcelas</translation>
    </message>
    <message>
        <location filename="../layers/report/data.py"/>
        <source>{nc} non-compliant, {review} needs review, {ok} compliant (composite-score method); differs from Epoch on {differ}</source>
        <translation>não conformes: {nc}, a rever: {review}, conformes: {ok} (método da pontuação composta); difere do Epoch em {differ}</translation>
    </message>
    <message>
        <location filename="../layers/report/data.py"/>
        <source>Low</source>
        <translation>Baixo</translation>
    </message>
    <message>
        <location filename="../layers/report/data.py"/>
        <source>Medium</source>
        <translation>Médio</translation>
    </message>
    <message>
        <location filename="../layers/report/data.py"/>
        <source>Standard</source>
        <translation>Normal</translation>
    </message>
    <message>
        <location filename="../layers/report/data.py"/>
        <source>High</source>
        <translation>Elevado</translation>
    </message>
    <message>
        <location filename="../layers/report/data.py"/>
        <source>Unknown: {country}</source>
        <translation>Desconhecido: {country}</translation>
    </message>
    <message>
        <location filename="../layers/report/data.py"/>
        <source>{risk}: {country}; {share} % of operators checked each year (Impl. Reg. (EU) 2025/1093)</source>
        <translation>{risk}: {country}; {share} % dos operadores controlados por ano (Reg. de Execução (UE) 2025/1093)</translation>
    </message>
    <message>
        <location filename="../layers/report/data.py"/>
        <source>Epoch sandbox</source>
        <translation>Sandbox Epoch</translation>
    </message>
    <message>
        <location filename="../layers/report/data.py"/>
        <source>Epoch API</source>
        <translation>API Epoch</translation>
    </message>
    <message>
        <location filename="../layers/report/data.py"/>
        <source>(synthetic results)</source>
        <translation>(resultados sintéticos)</translation>
    </message>
    <message>
        <location filename="../layers/report/data.py"/>
        <source>supplier {supplier}</source>
        <translation>fornecedor {supplier}</translation>
    </message>
    <message>
        <location filename="../layers/report/data.py"/>
        <source>collection {collection}</source>
        <translation>coleção {collection}</translation>
    </message>
    <message>
        <location filename="../layers/report/data.py"/>
        <source>not given</source>
        <translation>não indicado</translation>
    </message>
    <message>
        <location filename="../layers/report/data.py"/>
        <source>Plots to visit: none (no plot is Non-Compliant or questioned by the second opinion)</source>
        <translation>Parcelas a visitar: nenhuma (nenhuma parcela é Não conforme ou questionada pela segunda opinião)</translation>
    </message>
    <message>
        <location filename="../layers/report/data.py"/>
        <source>Plot to visit: {n} (Non-Compliant, or questioned by the second opinion; numbered as on the map)</source>
        <translation>Parcela a visitar: {n} (Não conforme, ou questionada pela segunda opinião; numerada como no mapa)</translation>
    </message>
    <message>
        <location filename="../layers/report/data.py"/>
        <source>Plots to visit: {n} (Non-Compliant, or questioned by the second opinion; numbered as on the map)</source>
        <translation>Parcelas a visitar: {n} (Não conformes, ou questionadas pela segunda opinião; numeradas como no mapa)</translation>
    </message>
    <message>
        <location filename="../layers/report/data.py"/>
        <source>; {n} more on the next pages</source>
        <translation>; mais {n} nas páginas seguintes</translation>
    </message>
    <message>
        <location filename="../layers/report/data.py"/>
        <source>; {n} more plot on the next page</source>
        <translation>; mais {n} parcela na página seguinte</translation>
    </message>
    <message>
        <location filename="../layers/report/data.py"/>
        <source>; {n} more on the next page</source>
        <translation>; mais {n} na página seguinte</translation>
    </message>
    <message>
        <location filename="../layers/report/data.py"/>
        <source>Plots to visit, continued: no. {number} of {total}</source>
        <translation>Parcelas a visitar (continuação): n.º {number} de {total}</translation>
    </message>
    <message>
        <location filename="../layers/report/data.py"/>
        <source>Plots to visit, continued: no. {first} to {last} of {total}</source>
        <translation>Parcelas a visitar (continuação): n.º {first} a {last} de {total}</translation>
    </message>
    <message>
        <location filename="../layers/report/data.py"/>
        <source>Non-Compliant plots ({n})</source>
        <translation>Parcelas não conformes ({n})</translation>
    </message>
    <message>
        <location filename="../layers/report/data.py"/>
        <source>Compliant plots ({n})</source>
        <translation>Parcelas conformes ({n})</translation>
    </message>
    <message>
        <location filename="../layers/report/data.py"/>
        <source>Data Error plots ({n})</source>
        <translation>Parcelas com erro de dados ({n})</translation>
    </message>
    <message>
        <location filename="../layers/report/data.py"/>
        <source>Questioned by the second opinion ({n})</source>
        <translation>Questionadas pela segunda opinião ({n})</translation>
    </message>
    <message>
        <location filename="../layers/report/data.py"/>
        <source>Plot to visit: its no. in the table ({n})</source>
        <translation>Parcela a visitar: o seu n.º na tabela ({n})</translation>
    </message>
    <message>
        <location filename="../layers/report/data.py"/>
        <source>Page {n} of {total}</source>
        <translation>Página {n} de {total}</translation>
    </message>
    <message>
        <location filename="../layers/report/data.py"/>
        <source>Epoch EUDR field report · {made} · section {n} of {total}</source>
        <translation>Relatório de campo Epoch EUDR · {made} · secção {n} de {total}</translation>
    </message>
    <message>
        <source>Plot to visit: {n} (Non-Compliant, or questioned by the second opinion; # as on the map)</source>
        <translation type="obsolete">Parcela a visitar: {n} (Não conforme, ou questionada pela segunda opinião; # como no mapa)</translation>
    </message>
    <message>
        <source>Plots to visit: {n} (Non-Compliant, or questioned by the second opinion; # as on the map)</source>
        <translation type="obsolete">Parcelas a visitar: {n} (Não conformes, ou questionadas pela segunda opinião; # como no mapa)</translation>
    </message>
    <message>
        <source>Plots to visit, continued: # {number} of {total}</source>
        <translation type="obsolete">Parcelas a visitar (continuação): n.º {number} de {total}</translation>
    </message>
    <message>
        <source>Plots to visit, continued: # {first} to {last} of {total}</source>
        <translation type="obsolete">Parcelas a visitar (continuação): # {first} a {last} de {total}</translation>
    </message>
    <message>
        <source>Plot to visit: its # in the table ({n})</source>
        <translation type="obsolete">Parcela a visitar: o seu # na tabela ({n})</translation>
    </message>
    <message>
        <source>country unknown</source>
        <translation type="obsolete">país desconhecido</translation>
    </message>
    <message>
        <source>{status}: no plots ({reason})</source>
        <translation type="obsolete">{status}: sem parcelas ({reason})</translation>
    </message>
    <message>
        <source>{status}: no plots</source>
        <translation type="obsolete">{status}: sem parcelas</translation>
    </message>
    <message>
        <source>{status}: {nc} of {plots} plots Non-Compliant, {ha} ha deforested after 2020</source>
        <translation type="obsolete">{status}: {nc} de {plots} parcelas não conformes, {ha} ha desflorestados após 2020</translation>
    </message>
    <message>
        <source>, {n} with a data error</source>
        <translation type="obsolete">, {n} com erro de dados</translation>
    </message>
</context>
<context>
    <name>ReportEvidence</name>
    <message>
        <location filename="../layers/report/evidence.py"/>
        <source>+{n} other</source>
        <translation>+{n} outra</translation>
    </message>
    <message>
        <location filename="../layers/report/evidence.py"/>
        <source>+{n} others</source>
        <translation>+{n} outras</translation>
    </message>
    <message>
        <location filename="../layers/report/evidence.py"/>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <location filename="../layers/report/evidence.py"/>
        <source>Article 10 evidence: source (risk signal)</source>
        <translation>Provas do artigo 10.º: fonte (sinal de risco)</translation>
    </message>
</context>
<context>
    <name>ReportLayout</name>
    <message>
        <location filename="../layers/report/layout.py"/>
        <source>Could not open layer &apos;{layer}&apos; of {file}</source>
        <translation>Não foi possível abrir a camada &apos;{layer}&apos; de {file}</translation>
    </message>
    <message>
        <location filename="../layers/report/layout.py"/>
        <source>WGS 84, grid in degrees, no basemap</source>
        <translation>WGS 84, grelha em graus, sem mapa de fundo</translation>
    </message>
    <message>
        <location filename="../layers/report/layout.py"/>
        <source>{value}°N</source>
        <translation>{value}°N</translation>
    </message>
    <message>
        <location filename="../layers/report/layout.py"/>
        <source>{value}°S</source>
        <translation>{value}°S</translation>
    </message>
    <message>
        <location filename="../layers/report/layout.py"/>
        <source>{value}°E</source>
        <translation>{value}°L</translation>
    </message>
    <message>
        <location filename="../layers/report/layout.py"/>
        <source>{value}°W</source>
        <translation>{value}°O</translation>
    </message>
    <message>
        <location filename="../layers/report/layout.py"/>
        <source>Where it is</source>
        <translation>Localização</translation>
    </message>
    <message>
        <location filename="../layers/report/layout.py"/>
        <source>Legend</source>
        <translation>Legenda</translation>
    </message>
    <message>
        <location filename="../layers/report/layout.py"/>
        <source>Supply-shed outline</source>
        <translation>Contorno da área de abastecimento</translation>
    </message>
    <message>
        <location filename="../layers/report/layout.py"/>
        <source>Assessed area outline</source>
        <translation>Contorno da área avaliada</translation>
    </message>
    <message>
        <location filename="../layers/report/layout.py"/>
        <source>Facility</source>
        <translation>Instalação</translation>
    </message>
    <message>
        <location filename="../layers/report/layout.py"/>
        <source>No.</source>
        <translation>N.º</translation>
    </message>
    <message>
        <location filename="../layers/report/layout.py"/>
        <source>Plot</source>
        <translation>Parcela</translation>
    </message>
    <message>
        <location filename="../layers/report/layout.py"/>
        <source>Area ha</source>
        <translation>Área ha</translation>
    </message>
    <message>
        <location filename="../layers/report/layout.py"/>
        <source>Deforested ha</source>
        <translation>Desflorestado ha</translation>
    </message>
    <message>
        <location filename="../layers/report/layout.py"/>
        <source>Epoch</source>
        <translation>Epoch</translation>
    </message>
    <message>
        <location filename="../layers/report/layout.py"/>
        <source>Second opinion</source>
        <translation>Segunda opinião</translation>
    </message>
    <message>
        <location filename="../layers/report/layout.py"/>
        <source>Alert from</source>
        <translation>Alerta desde</translation>
    </message>
    <message>
        <location filename="../layers/report/layout.py"/>
        <source>Alert to</source>
        <translation>Alerta até</translation>
    </message>
    <message>
        <location filename="../layers/report/layout.py"/>
        <source>Latitude</source>
        <translation>Latitude</translation>
    </message>
    <message>
        <location filename="../layers/report/layout.py"/>
        <source>Longitude</source>
        <translation>Longitude</translation>
    </message>
    <message>
        <location filename="../layers/report/layout.py"/>
        <source>No plot to visit.</source>
        <translation>Nenhuma parcela a visitar.</translation>
    </message>
    <message>
        <location filename="../layers/report/layout.py"/>
        <source>Epoch EUDR field report</source>
        <translation>Relatório de campo Epoch EUDR</translation>
    </message>
    <message>
        <location filename="../layers/report/layout.py"/>
        <source>Could not write the report {file}: {error}</source>
        <translation>Não foi possível escrever o relatório {file}: {error}</translation>
    </message>
</context>
<context>
    <name>ReportWords</name>
    <message>
        <location filename="../layers/report/words.py"/>
        <source>country unknown</source>
        <translation>país desconhecido</translation>
    </message>
    <message>
        <location filename="../layers/report/words.py"/>
        <source>invalid geometry: nothing was scored</source>
        <translation>geometria inválida: nada foi avaliado</translation>
    </message>
    <message>
        <location filename="../layers/report/words.py"/>
        <source>not processed: invalid address</source>
        <translation>não processado: endereço inválido</translation>
    </message>
    <message>
        <location filename="../layers/report/words.py"/>
        <source>not processed: commodity not in scope</source>
        <translation>não processado: produto fora do âmbito</translation>
    </message>
    <message>
        <location filename="../layers/report/words.py"/>
        <source>not processed: address too approximate</source>
        <translation>não processado: endereço demasiado aproximado</translation>
    </message>
    <message>
        <location filename="../layers/report/words.py"/>
        <source>not processed: validation confidence too low</source>
        <translation>não processado: confiança de validação demasiado baixa</translation>
    </message>
    <message>
        <location filename="../layers/report/words.py"/>
        <source>not processed: no address or geolocation provided</source>
        <translation>não processado: nenhum endereço ou geolocalização fornecido</translation>
    </message>
    <message>
        <location filename="../layers/report/words.py"/>
        <source>not processed: invalid file</source>
        <translation>não processado: ficheiro inválido</translation>
    </message>
    <message>
        <location filename="../layers/report/words.py"/>
        <source>{status}: no plots ({reason})</source>
        <translation>{status}: sem parcelas ({reason})</translation>
    </message>
    <message>
        <location filename="../layers/report/words.py"/>
        <source>{status}: no plots</source>
        <translation>{status}: sem parcelas</translation>
    </message>
    <message>
        <location filename="../layers/report/words.py"/>
        <source>{status}: {nc} of {plots} plot Non-Compliant, {ha} ha deforested after 2020</source>
        <translation>{status}: {nc} de {plots} parcela não conforme, {ha} ha desflorestados após 2020</translation>
    </message>
    <message>
        <location filename="../layers/report/words.py"/>
        <source>{status}: {nc} of {plots} plots Non-Compliant, {ha} ha deforested after 2020</source>
        <translation>{status}: {nc} de {plots} parcelas não conformes, {ha} ha desflorestados após 2020</translation>
    </message>
    <message>
        <location filename="../layers/report/words.py"/>
        <source>, {n} with a data error</source>
        <translation>, {n} com erro de dados</translation>
    </message>
    <message>
        <location filename="../layers/report/words.py"/>
        <source>, {n} with data errors</source>
        <translation>, {n} com erros de dados</translation>
    </message>
</context>
<context>
    <name>ResultLayers</name>
    <message>
        <location filename="../layers/writer/results.py"/>
        <source>Epoch assessments</source>
        <translation>Avaliações Epoch</translation>
    </message>
    <message>
        <location filename="../layers/writer/results.py"/>
        <source>Plots: {producer}</source>
        <translation>Parcelas: {producer}</translation>
    </message>
    <message>
        <location filename="../layers/writer/results.py"/>
        <source>Supply shed: {producer}</source>
        <translation>Área de abastecimento: {producer}</translation>
    </message>
    <message>
        <location filename="../layers/writer/results.py"/>
        <source>Assessed area: {producer}</source>
        <translation>Área avaliada: {producer}</translation>
    </message>
    <message>
        <location filename="../layers/writer/results.py"/>
        <source>Facility: {producer}</source>
        <translation>Instalação: {producer}</translation>
    </message>
    <message>
        <location filename="../layers/writer/results.py"/>
        <source>Screening: {layer} (facilities)</source>
        <translation>Triagem: {layer} (instalações)</translation>
    </message>
    <message>
        <location filename="../layers/writer/results.py"/>
        <source>Screening: {layer} (plots)</source>
        <translation>Triagem: {layer} (parcelas)</translation>
    </message>
</context>
<context>
    <name>Sandbox</name>
    <message>
        <location filename="../connection/sandbox_runner.py"/>
        <source>Sandbox: a local training server bundled with the plugin. Its results are synthetic, not Epoch&apos;s analysis; never use them for a due diligence statement.</source>
        <translation>Sandbox: um servidor de formação local incluído no plugin. Os seus resultados são sintéticos, não são a análise do Epoch; nunca os utilize numa declaração de diligência devida.</translation>
    </message>
</context>
<context>
    <name>ScreenLocations</name>
    <message>
        <location filename="../processing_provider/alg_screen_locations.py"/>
        <source>{option} (plots)</source>
        <translation>{option} (parcelas)</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_screen_locations.py"/>
        <source>{option} (facilities)</source>
        <translation>{option} (instalações)</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_screen_locations.py"/>
        <source>Location type (auto: points are facilities, polygons plots)</source>
        <translation>Tipo de localização (auto: pontos são instalações, polígonos parcelas)</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_screen_locations.py"/>
        <source>Commodity</source>
        <translation>Produto de base</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_screen_locations.py"/>
        <source>&apos;{layer}&apos; holds {what}: set LOCATION_TYPE to plot (polygons or points with their Area) or facility (points).</source>
        <translation>&apos;{layer}&apos; contém {what}: defina LOCATION_TYPE como plot (polígonos ou pontos com a sua Area) ou facility (pontos).</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_screen_locations.py"/>
        <source>{name}: &apos;{value}&apos; is neither a layer of the project nor a file that exists.</source>
        <translation>{name}: &apos;{value}&apos; não é uma camada do projeto nem um ficheiro existente.</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_screen_locations.py"/>
        <source>{name}: {problem}</source>
        <translation>{name}: {problem}</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_screen_locations.py"/>
        <source>{name}: &apos;{file}&apos; cannot be read as a vector layer ({reason}). The file may be cut short or damaged: export it again from where it came from, or open it in QGIS to see what is wrong.</source>
        <translation>{name}: &apos;{file}&apos; não pode ser lido como camada vetorial ({reason}). O ficheiro pode estar truncado ou danificado: exporte-o novamente a partir da origem, ou abra-o no QGIS para ver o que está errado.</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_screen_locations.py"/>
        <source>Commodity radius, metres (facilities; empty: Epoch&apos;s default, 5,000)</source>
        <translation>Raio do produto de base, metros (instalações; vazio: o do Epoch, 5000)</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_screen_locations.py"/>
        <source>How far around each facility Epoch looks for the commodity. Set, facilities are sent to /validate_facilities instead of /validate_locations.</source>
        <translation>Até que distância à volta de cada instalação o Epoch procura o produto de base. Se indicado, as instalações são enviadas para /validate_facilities em vez de /validate_locations.</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_screen_locations.py"/>
        <source>Legality sources, Article 10 (facilities)</source>
        <translation>Fontes de legalidade, artigo 10.º (instalações)</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_screen_locations.py"/>
        <source>Epoch&apos;s web search for Article 10 legality risks: sources, summary and risk score.</source>
        <translation>A pesquisa na web do Epoch sobre riscos de legalidade do artigo 10.º: fontes, resumo e pontuação de risco.</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_screen_locations.py"/>
        <source>COMMODITY_RADIUS and INCLUDE_LEGALITY_CHECK apply to facilities (points) only: leave them unset to screen plots.</source>
        <translation>COMMODITY_RADIUS e INCLUDE_LEGALITY_CHECK só se aplicam a instalações (pontos): deixe-os por definir para fazer a triagem de parcelas.</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_screen_locations.py"/>
        <source>{n} features</source>
        <translation>{n} elementos</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_screen_locations.py"/>
        <source>its features</source>
        <translation>os seus elementos</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_screen_locations.py"/>
        <source>plots</source>
        <translation>parcelas</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_screen_locations.py"/>
        <source>facilities</source>
        <translation>instalações</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_screen_locations.py"/>
        <source>Screening &apos;{layer}&apos; ({count}, sent {limit} at a time) as {what} on {url}</source>
        <translation>Triagem de &apos;{layer}&apos; ({count}, enviados {limit} de cada vez) como {what} em {url}</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_screen_locations.py"/>
        <source>Screen locations (validate_locations)</source>
        <translation>Triagem de localizações (validate_locations)</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_screen_locations.py"/>
        <source>Screens plots (polygons) or facilities (points) with Epoch&apos;s /validate_locations and writes the results as a styled layer: confidence scores for facilities, risk for plots. Tables without geometry are sent as CSV for the API to geocode. The layer is read, sent and written 10,000 features at a time (the API&apos;s limit per request), so memory stays flat at any size. The input layer is not modified.</source>
        <translation>Faz a triagem de parcelas (polígonos) ou instalações (pontos) com o /validate_locations do Epoch e escreve os resultados numa camada com estilo: pontuações de confiança para instalações, risco para parcelas. As tabelas sem geometria são enviadas como CSV para a API as geocodificar. A camada é lida, enviada e escrita 10 000 elementos de cada vez (o limite da API por pedido), pelo que a memória se mantém estável com qualquer dimensão. A camada de entrada não é modificada.</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_screen_locations.py"/>
        <source>Locations layer</source>
        <translation>Camada de localizações</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_screen_locations.py"/>
        <source>Selected features only</source>
        <translation>Apenas elementos selecionados</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_screen_locations.py"/>
        <source>Production volume, tonnes/year (plots; optional)</source>
        <translation>Volume de produção, toneladas/ano (parcelas; opcional)</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_screen_locations.py"/>
        <source>Screening results</source>
        <translation>Resultados da triagem</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_screen_locations.py"/>
        <source>Collection summary (JSON)</source>
        <translation>Resumo da coleção (JSON)</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_screen_locations.py"/>
        <source>Legality sources table (facilities)</source>
        <translation>Tabela de fontes de legalidade (instalações)</translation>
    </message>
</context>
<context>
    <name>ScreenedSources</name>
    <message>
        <location filename="../layers/tables/screened_sources.py"/>
        <source>{n} legality source in its own table</source>
        <translation>{n} fonte de legalidade na sua própria tabela</translation>
    </message>
    <message>
        <location filename="../layers/tables/screened_sources.py"/>
        <source>{n} legality sources in their own table</source>
        <translation>{n} fontes de legalidade na sua própria tabela</translation>
    </message>
    <message>
        <location filename="../layers/tables/screened_sources.py"/>
        <source>{layer}: legality sources</source>
        <translation>{layer}: fontes de legalidade</translation>
    </message>
    <message>
        <location filename="../layers/tables/screened_sources.py"/>
        <source>Legality sources of the facility</source>
        <translation>Fontes de legalidade da instalação</translation>
    </message>
</context>
<context>
    <name>ScreeningTab</name>
    <message>
        <location filename="../ui/wdg_screening.py"/>
        <source>High</source>
        <translation>Alta</translation>
    </message>
    <message>
        <location filename="../ui/wdg_screening.py"/>
        <source>Medium</source>
        <translation>Média</translation>
    </message>
    <message>
        <location filename="../ui/wdg_screening.py"/>
        <source>Low</source>
        <translation>Baixa</translation>
    </message>
    <message>
        <location filename="../ui/wdg_screening.py"/>
        <source>Invalid</source>
        <translation>Inválida</translation>
    </message>
    <message>
        <location filename="../ui/wdg_screening.py"/>
        <source>Locations</source>
        <translation>Localizações</translation>
    </message>
    <message>
        <location filename="../ui/wdg_screening.py"/>
        <source>Selected features only</source>
        <translation>Apenas elementos selecionados</translation>
    </message>
    <message>
        <location filename="../ui/wdg_screening.py"/>
        <source>Plots (polygons or points with Area)</source>
        <translation>Parcelas (polígonos, pontos + Area)</translation>
    </message>
    <message>
        <location filename="../ui/wdg_screening.py"/>
        <source>Facilities (points)</source>
        <translation>Instalações (pontos)</translation>
    </message>
    <message>
        <location filename="../ui/wdg_screening.py"/>
        <source>Auto-detect</source>
        <translation>Deteção automática</translation>
    </message>
    <message>
        <location filename="../ui/wdg_screening.py"/>
        <source>Layer</source>
        <translation>Camada</translation>
    </message>
    <message>
        <location filename="../ui/wdg_screening.py"/>
        <source>or file</source>
        <translation>ou ficheiro</translation>
    </message>
    <message>
        <location filename="../ui/wdg_screening.py"/>
        <source>Preview geocoding</source>
        <translation>Pré-visualizar a geocodificação</translation>
    </message>
    <message>
        <location filename="../ui/wdg_screening.py"/>
        <source>Ask Epoch where it places each address of the CSV or XLSX (chosen above) and show the points as a layer: check them, move any that is wrong, then screen that layer. A wrong geocode is a wrong facility.</source>
        <translation>Pergunta ao Epoch onde posiciona cada endereço do CSV ou XLSX (escolhido acima) e mostra os pontos como uma camada: verifique-os, mova os que estiverem errados e depois faça a triagem dessa camada. Uma geocodificação errada é uma instalação errada.</translation>
    </message>
    <message>
        <location filename="../ui/wdg_screening.py"/>
        <source>Location type</source>
        <translation>Localização</translation>
    </message>
    <message>
        <location filename="../ui/wdg_screening.py"/>
        <source>Commodity</source>
        <translation>Produto de base</translation>
    </message>
    <message>
        <location filename="../ui/wdg_screening.py"/>
        <source>Checks</source>
        <translation>Verificações</translation>
    </message>
    <message>
        <location filename="../ui/wdg_screening.py"/>
        <source>Epoch&apos;s Article 10 legality risk (Low / Medium / High) of each plot or facility, from a web search, in the screening itself (/validate_locations): the risk only. For facilities, the sources behind it come with &apos;Article 10 check with its sources&apos;.</source>
        <translation>O risco de legalidade do artigo 10.º do Epoch (baixo / médio / elevado) de cada parcela ou instalação, obtido de uma pesquisa na web, na própria triagem (/validate_locations): só o risco. Para as instalações, as fontes que o fundamentam obtêm-se com &apos;Verificação do artigo 10.º com as suas fontes&apos;.</translation>
    </message>
    <message>
        <location filename="../ui/wdg_screening.py"/>
        <source>t/yr</source>
        <translation>t/ano</translation>
    </message>
    <message>
        <location filename="../ui/wdg_screening.py"/>
        <source>not given</source>
        <translation>não indicado</translation>
    </message>
    <message>
        <location filename="../ui/wdg_screening.py"/>
        <source>Production volume</source>
        <translation>Volume de produção</translation>
    </message>
    <message>
        <location filename="../ui/wdg_screening.py"/>
        <source>Screen</source>
        <translation>Triar</translation>
    </message>
    <message>
        <location filename="../ui/wdg_screening.py"/>
        <source>Tick all</source>
        <translation>Marcar tudo</translation>
    </message>
    <message>
        <location filename="../ui/wdg_screening.py"/>
        <source>Tick every row of the table (the rows the Submit tab sends).</source>
        <translation>Marcar todas as linhas da tabela (as que o separador Submeter envia).</translation>
    </message>
    <message>
        <location filename="../ui/wdg_screening.py"/>
        <source>Tick none</source>
        <translation>Desmarcar tudo</translation>
    </message>
    <message>
        <location filename="../ui/wdg_screening.py"/>
        <source>Join results to the layer</source>
        <translation>Juntar resultados à camada</translation>
    </message>
    <message>
        <location filename="../ui/wdg_screening.py"/>
        <source>Copy layer with results</source>
        <translation>Copiar camada com resultados</translation>
    </message>
    <message>
        <location filename="../ui/wdg_screening.py"/>
        <source>Cannot read the results: {error}</source>
        <translation>Não é possível ler os resultados: {error}</translation>
    </message>
    <message>
        <location filename="../ui/wdg_screening.py"/>
        <source>Article 10 check with its sources</source>
        <translation>Verificação do artigo 10.º com as suas fontes</translation>
    </message>
    <message>
        <location filename="../ui/wdg_screening.py"/>
        <source>The Article 10 legality check asked of Epoch&apos;s facility validation (/validate_facilities): besides the risk, each facility&apos;s sources (title, date, link) and a summary, in a related table. It includes the &apos;Article 10 legality check&apos; above.</source>
        <translation>A verificação de legalidade do artigo 10.º pedida à validação de instalações do Epoch (/validate_facilities): além do risco, as fontes de cada instalação (título, data, ligação) e um resumo, numa tabela relacionada. Inclui a &apos;Verificação de legalidade (artigo 10.º)&apos; acima.</translation>
    </message>
    <message>
        <location filename="../ui/wdg_screening.py"/>
        <source>m</source>
        <translation>m</translation>
    </message>
    <message>
        <location filename="../ui/wdg_screening.py"/>
        <source>Epoch&apos;s default (5,000 m)</source>
        <translation>o do Epoch (5000 m)</translation>
    </message>
    <message>
        <location filename="../ui/wdg_screening.py"/>
        <source>How far around each facility Epoch looks for the commodity. Setting it sends the facilities to /validate_facilities.</source>
        <translation>Até que distância à volta de cada instalação o Epoch procura o produto de base. Defini-lo envia as instalações para /validate_facilities.</translation>
    </message>
    <message>
        <location filename="../ui/wdg_screening.py"/>
        <source>Commodity radius</source>
        <translation>Raio do produto de base</translation>
    </message>
    <message>
        <location filename="../ui/wdg_screening.py"/>
        <source>Guessed from the layer: {guess}</source>
        <translation>Deduzido da camada: {guess}</translation>
    </message>
    <message>
        <location filename="../ui/wdg_screening.py"/>
        <source>Choose a vector layer, or a CSV, XLSX or GeoJSON file that QGIS can open.</source>
        <translation>Escolha uma camada vetorial, ou um ficheiro CSV, XLSX ou GeoJSON que o QGIS consiga abrir.</translation>
    </message>
    <message>
        <location filename="../ui/wdg_screening.py"/>
        <source>The check before upload found {n} feature with errors that block an EU upload. Screen the layer anyway?</source>
        <translation>A verificação antes do envio encontrou {n} elemento com erros que bloqueiam um envio para a UE. Fazer a triagem da camada mesmo assim?</translation>
    </message>
    <message>
        <location filename="../ui/wdg_screening.py"/>
        <source>The check before upload found {n} features with errors that block an EU upload. Screen the layer anyway?</source>
        <translation>A verificação antes do envio encontrou {n} elementos com erros que bloqueiam um envio para a UE. Fazer a triagem da camada mesmo assim?</translation>
    </message>
    <message>
        <location filename="../ui/wdg_screening.py"/>
        <source>Screening &apos;{layer}&apos; ...</source>
        <translation>A fazer a triagem de &apos;{layer}&apos; ...</translation>
    </message>
    <message>
        <location filename="../ui/wdg_screening.py"/>
        <source>Screening {layer}</source>
        <translation>Triagem de {layer}</translation>
    </message>
    <message>
        <location filename="../ui/wdg_screening.py"/>
        <source>Geocoding &apos;{file}&apos; ...</source>
        <translation>A geocodificar &apos;{file}&apos;...</translation>
    </message>
    <message>
        <location filename="../ui/wdg_screening.py"/>
        <source>Geocoding {file}</source>
        <translation>A geocodificar {file}</translation>
    </message>
    <message>
        <location filename="../ui/wdg_screening.py"/>
        <source>&apos;{layer}&apos; is not a layer of the project (a file picked under &apos;or file&apos;, or a layer since removed): there is no layer to show the results on. Copy it with the results, or add it to the project and screen that layer.</source>
        <translation>&apos;{layer}&apos; não é uma camada do projeto (um ficheiro escolhido em &apos;ou ficheiro&apos;, ou uma camada entretanto removida): não há camada onde mostrar os resultados. Copie-a com os resultados, ou adicione-a ao projeto e faça a triagem dessa camada.</translation>
    </message>
    <message>
        <location filename="../ui/wdg_screening.py"/>
        <source>Show the results on the screened layer&apos;s features (a virtual join, fields prefixed epoch_, keyed on the feature id). The layer&apos;s data is not edited: the join and its key field are kept in the project.</source>
        <translation>Mostrar os resultados nos elementos da camada triada (uma junção virtual, campos com prefixo epoch_, pelo identificador do elemento). Os dados da camada não são editados: a junção e o seu campo de chave ficam guardados no projeto.</translation>
    </message>
    <message>
        <location filename="../ui/wdg_screening.py"/>
        <source>A new GeoPackage layer: your features with all their attributes, plus the results (fields prefixed epoch_).</source>
        <translation>Uma nova camada GeoPackage: os seus elementos com todos os atributos, mais os resultados (campos com prefixo epoch_).</translation>
    </message>
    <message>
        <location filename="../ui/wdg_screening.py"/>
        <source>The screened layer or its results are no longer in the project: screen the layer again.</source>
        <translation>A camada triada ou os seus resultados já não estão no projeto: volte a triar a camada.</translation>
    </message>
    <message>
        <location filename="../ui/wdg_screening.py"/>
        <source>Results joined to &apos;{layer}&apos; (fields epoch_...).</source>
        <translation>Resultados juntos a &apos;{layer}&apos; (campos epoch_...).</translation>
    </message>
    <message>
        <location filename="../ui/wdg_screening.py"/>
        <source>{layer} + results</source>
        <translation>{layer} + resultados</translation>
    </message>
    <message>
        <location filename="../ui/wdg_screening.py"/>
        <source>{n} features copied with their results</source>
        <translation>{n} elementos copiados com os seus resultados</translation>
    </message>
    <message>
        <location filename="../ui/wdg_screening.py"/>
        <source>Copying {layer}</source>
        <translation>A copiar {layer}</translation>
    </message>
    <message>
        <source>The check before upload found {n} feature(s) with errors that block an EU upload. Screen the layer anyway?</source>
        <translation type="obsolete">A verificação antes do envio encontrou {n} elemento(s) com erros que bloqueiam um envio para a UE. Fazer a triagem da camada mesmo assim?</translation>
    </message>
    <message>
        <source>Production volume: not given</source>
        <translation type="obsolete">Volume de produção: não indicado</translation>
    </message>
    <message>
        <source>Article 10 check with its sources (facility validation)</source>
        <translation type="obsolete">Verificação do artigo 10.º com as suas fontes (validação de instalações)</translation>
    </message>
    <message>
        <source>Commodity radius: Epoch&apos;s default (5,000 m)</source>
        <translation type="obsolete">Raio do produto de base: o do Epoch (5000 m)</translation>
    </message>
    <message>
        <source>Legality sources (Article 10)</source>
        <translation type="obsolete">Fontes de legalidade (artigo 10.º)</translation>
    </message>
    <message>
        <source>Epoch&apos;s web search for Article 10 legality risks around each facility: the sources (title, date, link), a summary and a risk score. Sent to /validate_facilities.</source>
        <translation type="obsolete">A pesquisa na web do Epoch sobre riscos de legalidade do artigo 10.º à volta de cada instalação: as fontes (título, data, ligação), um resumo e uma pontuação de risco. Enviado para /validate_facilities.</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <location filename="../connection/session.py"/>
        <source>Enter the custom server URL (https://...).</source>
        <translation>Introduza o URL do servidor personalizado (https://...).</translation>
    </message>
    <message>
        <location filename="../connection/session.py"/>
        <source>the sandbox&apos;s demo account (API key)</source>
        <translation>a conta de demonstração da sandbox (chave API)</translation>
    </message>
    <message>
        <location filename="../connection/session.py"/>
        <source>user {user} (API key)</source>
        <translation>o utilizador {user} (chave API)</translation>
    </message>
</context>
<context>
    <name>ShownValues</name>
    <message>
        <location filename="../layers/words/shown_values.py"/>
        <source>high</source>
        <translation>elevado</translation>
    </message>
    <message>
        <location filename="../layers/words/shown_values.py"/>
        <source>standard</source>
        <translation>normal</translation>
    </message>
    <message>
        <location filename="../layers/words/shown_values.py"/>
        <source>low</source>
        <translation>baixo</translation>
    </message>
    <message>
        <location filename="../layers/words/shown_values.py"/>
        <source>unknown</source>
        <translation>desconhecido</translation>
    </message>
    <message>
        <location filename="../layers/words/shown_values.py"/>
        <source>medium</source>
        <translation>médio</translation>
    </message>
    <message>
        <location filename="../layers/words/shown_values.py"/>
        <source>High</source>
        <translation>Elevado</translation>
    </message>
    <message>
        <location filename="../layers/words/shown_values.py"/>
        <source>Medium</source>
        <translation>Médio</translation>
    </message>
    <message>
        <location filename="../layers/words/shown_values.py"/>
        <source>Low</source>
        <translation>Baixo</translation>
    </message>
    <message>
        <location filename="../layers/words/shown_values.py"/>
        <source>Standard</source>
        <translation>Normal</translation>
    </message>
    <message>
        <location filename="../layers/words/shown_values.py"/>
        <source>Compliant</source>
        <translation>Conforme</translation>
    </message>
    <message>
        <location filename="../layers/words/shown_values.py"/>
        <source>Needs Review</source>
        <translation>A rever</translation>
    </message>
    <message>
        <location filename="../layers/words/shown_values.py"/>
        <source>Non-Compliant</source>
        <translation>Não conforme</translation>
    </message>
    <message>
        <location filename="../layers/words/shown_values.py"/>
        <source>Direct Plots</source>
        <translation>Parcelas diretas</translation>
    </message>
    <message>
        <location filename="../layers/words/shown_values.py"/>
        <source>Supply Shed</source>
        <translation>Área de abastecimento</translation>
    </message>
    <message>
        <location filename="../layers/words/shown_values.py"/>
        <source>the plot&apos;s EU country risk</source>
        <translation>o risco de país UE da parcela</translation>
    </message>
    <message>
        <location filename="../layers/words/shown_values.py"/>
        <source>the plot&apos;s country</source>
        <translation>o país da parcela</translation>
    </message>
    <message>
        <location filename="../layers/words/shown_values.py"/>
        <source>where the plot lies</source>
        <translation>onde a parcela se situa</translation>
    </message>
    <message>
        <location filename="../layers/words/shown_values.py"/>
        <source>the producer&apos;s country</source>
        <translation>o país do produtor</translation>
    </message>
    <message>
        <location filename="../layers/words/shown_values.py"/>
        <source>yes</source>
        <translation>sim</translation>
    </message>
    <message>
        <location filename="../layers/words/shown_values.py"/>
        <source>no</source>
        <translation>não</translation>
    </message>
    <message>
        <location filename="../layers/words/shown_values.py"/>
        <source>critical</source>
        <translation>crítico</translation>
    </message>
    <message>
        <location filename="../layers/words/shown_values.py"/>
        <source>non-critical</source>
        <translation>não crítico</translation>
    </message>
    <message>
        <location filename="../layers/words/shown_values.py"/>
        <source>no deforestation</source>
        <translation>sem desflorestação</translation>
    </message>
    <message>
        <location filename="../layers/words/shown_values.py"/>
        <source>valid</source>
        <translation>válida</translation>
    </message>
    <message>
        <location filename="../layers/words/shown_values.py"/>
        <source>invalid</source>
        <translation>inválida</translation>
    </message>
</context>
<context>
    <name>Snapshots</name>
    <message>
        <location filename="../layers/tables/snapshots.py"/>
        <source>{time}: 1 producer ({asked})</source>
        <translation>{time}: 1 produtor ({asked})</translation>
    </message>
    <message>
        <location filename="../layers/tables/snapshots.py"/>
        <source>{time}: {n} producers ({asked})</source>
        <translation>{time}: {n} produtores ({asked})</translation>
    </message>
    <message>
        <location filename="../layers/tables/snapshots.py"/>
        <source>{time}: 1 producer</source>
        <translation>{time}: 1 produtor</translation>
    </message>
    <message>
        <location filename="../layers/tables/snapshots.py"/>
        <source>{time}: {n} producers</source>
        <translation>{time}: {n} produtores</translation>
    </message>
    <message>
        <location filename="../layers/tables/snapshots.py"/>
        <source>window {start} to {end}</source>
        <translation>janela {start} – {end}</translation>
    </message>
    <message>
        <location filename="../layers/tables/snapshots.py"/>
        <source>window from {start} to today</source>
        <translation>janela de {start} até hoje</translation>
    </message>
    <message>
        <location filename="../layers/tables/snapshots.py"/>
        <source>window up to {end}</source>
        <translation>janela até {end}</translation>
    </message>
    <message>
        <location filename="../layers/tables/snapshots.py"/>
        <source>No layer &apos;{layer}&apos; to keep a snapshot of</source>
        <translation>Nenhuma camada &apos;{layer}&apos; de que guardar um instantâneo</translation>
    </message>
    <message>
        <location filename="../layers/tables/snapshots.py"/>
        <source>{file} is locked by another program; close it there and load again.</source>
        <translation>{file} está bloqueado por outro programa; feche-o nesse programa e carregue novamente.</translation>
    </message>
    <message>
        <location filename="../layers/tables/snapshots.py"/>
        <source>Could not keep a snapshot of &apos;{layer}&apos; in {file}: {error}</source>
        <translation>Não foi possível guardar um instantâneo de &apos;{layer}&apos; em {file}: {error}</translation>
    </message>
    <message>
        <location filename="../layers/tables/snapshots.py"/>
        <source>No snapshot in {file}: each load of assessments keeps one; load them again later and compare then, or compare with an earlier layer.</source>
        <translation>Nenhum instantâneo em {file}: cada carregamento de avaliações guarda um; carregue-as novamente mais tarde e compare nessa altura, ou compare com uma camada anterior.</translation>
    </message>
    <message>
        <location filename="../layers/tables/snapshots.py"/>
        <source>Only one load of &apos;{layer}&apos; is kept in {file} ({time}): nothing earlier to compare with yet.</source>
        <translation>Só está guardado um carregamento de &apos;{layer}&apos; em {file} ({time}): ainda não há nada anterior com que comparar.</translation>
    </message>
    <message>
        <location filename="../layers/tables/snapshots.py"/>
        <source>No snapshot taken on or before {moment} in {file}; the oldest is {oldest}.</source>
        <translation>Nenhum instantâneo tirado em {moment} ou antes em {file}; o mais antigo é {oldest}.</translation>
    </message>
    <message>
        <location filename="../layers/tables/snapshots.py"/>
        <source>Snapshot {name} is not in {file}: give &apos;previous&apos;, &apos;latest&apos;, &apos;oldest&apos;, a day (YYYY-MM-DD) or one of: {shown}</source>
        <translation>O instantâneo {name} não está em {file}: indique &apos;previous&apos;, &apos;latest&apos;, &apos;oldest&apos;, um dia (AAAA-MM-DD) ou um destes: {shown}</translation>
    </message>
    <message>
        <location filename="../layers/tables/snapshots.py"/>
        <source>Cannot open {file}</source>
        <translation>Não é possível abrir {file}</translation>
    </message>
    <message>
        <location filename="../layers/tables/snapshots.py"/>
        <source>No layer &apos;{layer}&apos; in {file}</source>
        <translation>Nenhuma camada &apos;{layer}&apos; em {file}</translation>
    </message>
    <message>
        <source>today</source>
        <translation type="obsolete">hoje</translation>
    </message>
    <message>
        <source>{n} producer</source>
        <translation type="obsolete">{n} produtor</translation>
    </message>
    <message>
        <source>{n} producers</source>
        <translation type="obsolete">{n} produtores</translation>
    </message>
</context>
<context>
    <name>StatementWatcher</name>
    <message>
        <location filename="../ui/statement_watcher.py"/>
        <source>Checking submitted statements</source>
        <translation>A consultar as declarações submetidas</translation>
    </message>
    <message>
        <location filename="../ui/statement_watcher.py"/>
        <source>EU Information System</source>
        <translation>Sistema de informação da UE</translation>
    </message>
    <message>
        <location filename="../ui/statement_watcher.py"/>
        <source>Show statements</source>
        <translation>Ver declarações</translation>
    </message>
</context>
<context>
    <name>StyleStore</name>
    <message>
        <location filename="../layers/styles/store.py"/>
        <source>OGR error {code}</source>
        <translation>erro OGR {code}</translation>
    </message>
    <message>
        <location filename="../layers/styles/store.py"/>
        <source>creating the table {table}: {error}</source>
        <translation>criação da tabela {table}: {error}</translation>
    </message>
    <message>
        <location filename="../layers/styles/store.py"/>
        <source>adding the column {column} to {table}</source>
        <translation>adição da coluna {column} a {table}</translation>
    </message>
    <message>
        <location filename="../layers/styles/store.py"/>
        <source>{file} is locked by another program (waited {seconds} s); close it there and run again.</source>
        <translation>{file} está bloqueado por outro programa (esperou-se {seconds} s); feche-o nesse programa e execute novamente.</translation>
    </message>
    <message>
        <location filename="../layers/styles/store.py"/>
        <source>Could not store the style of &apos;{layer}&apos; in {file}: {error}. The styles in the file were left as they were.</source>
        <translation>Não foi possível guardar o estilo de &apos;{layer}&apos; em {file}: {error}. Os estilos do ficheiro ficaram como estavam.</translation>
    </message>
    <message>
        <location filename="../layers/styles/store.py"/>
        <source>removing the old style &apos;{name}&apos;</source>
        <translation>remoção do estilo antigo &apos;{name}&apos;</translation>
    </message>
    <message>
        <location filename="../layers/styles/store.py"/>
        <source>unsetting the default style &apos;{name}&apos;</source>
        <translation>desmarcação do estilo predefinido &apos;{name}&apos;</translation>
    </message>
    <message>
        <location filename="../layers/styles/store.py"/>
        <source>adding the style &apos;{name}&apos;</source>
        <translation>adição do estilo &apos;{name}&apos;</translation>
    </message>
</context>
<context>
    <name>Styles</name>
    <message>
        <location filename="../layers/styles/renderers.py"/>
        <source>Check sample: {status}</source>
        <translation>Amostra de controlo: {status}</translation>
    </message>
    <message>
        <location filename="../layers/styles/renderers.py"/>
        <source>Facility</source>
        <translation>Instalação</translation>
    </message>
    <message>
        <location filename="../layers/styles/renderers.py"/>
        <source>Confidence</source>
        <translation>Confiança</translation>
    </message>
    <message>
        <location filename="../layers/styles/renderers.py"/>
        <source>Legality risk</source>
        <translation>Risco de legalidade</translation>
    </message>
    <message>
        <location filename="../layers/styles/renderers.py"/>
        <source>Error: blocks an EU upload</source>
        <translation>Erro: bloqueia um envio para a UE</translation>
    </message>
    <message>
        <location filename="../layers/styles/renderers.py"/>
        <source>Warning</source>
        <translation>Aviso</translation>
    </message>
    <message>
        <location filename="../layers/styles/renderers.py"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>Submissions</name>
    <message>
        <location filename="../layers/operations/submissions.py"/>
        <source>{error} Looking &apos;{name}&apos; up failed too ({reason}); check the Assessments before submitting again.</source>
        <translation>{error} A procura de &apos;{name}&apos; também falhou ({reason}); verifique as Avaliações antes de submeter novamente.</translation>
    </message>
    <message>
        <location filename="../layers/operations/submissions.py"/>
        <source>{error} It was received: collection &apos;{name}&apos; ({id}) is among the assessments. Do not submit it again.</source>
        <translation>{error} Foi recebida: a coleção &apos;{name}&apos; ({id}) está entre as avaliações. Não a submeta novamente.</translation>
    </message>
    <message>
        <location filename="../layers/operations/submissions.py"/>
        <source>{error} &apos;{name}&apos; is not among the assessments yet: it may still be processing (minutes to hours). Look again later before submitting it again.</source>
        <translation>{error} &apos;{name}&apos; ainda não está entre as avaliações: pode ainda estar em processamento (minutos a horas). Verifique novamente mais tarde antes de a submeter outra vez.</translation>
    </message>
    <message>
        <location filename="../layers/operations/submissions.py"/>
        <source>Only located features can be submitted: screen the table first, then submit the screening results.</source>
        <translation>Só é possível submeter elementos localizados: faça primeiro a triagem da tabela e depois submeta os resultados da triagem.</translation>
    </message>
    <message>
        <location filename="../layers/operations/submissions.py"/>
        <source>The collection &apos;{name}&apos; already exists at Epoch (collection {id}), so nothing was sent: its results are those of the earlier assessment. Tick &apos;Reprocess&apos; to assess it again.</source>
        <translation>A coleção &apos;{name}&apos; já existe no Epoch (coleção {id}), pelo que nada foi enviado: os seus resultados são os da avaliação anterior. Assinale &apos;Reprocessar&apos; para a avaliar novamente.</translation>
    </message>
    <message>
        <location filename="../layers/operations/submissions.py"/>
        <source>{n} collections already exist at Epoch ({names}), so nothing was sent for them: their results are those of the earlier assessments. Tick &apos;Reprocess&apos; to assess them again.</source>
        <translation>{n} coleções já existem no Epoch ({names}), pelo que nada foi enviado para elas: os seus resultados são os das avaliações anteriores. Assinale &apos;Reprocessar&apos; para as avaliar novamente.</translation>
    </message>
    <message>
        <location filename="../layers/operations/submissions.py"/>
        <source> and {n} more</source>
        <translation> e mais {n}</translation>
    </message>
    <message>
        <location filename="../layers/operations/submissions.py"/>
        <source>{n} producer</source>
        <translation>{n} produtor</translation>
    </message>
    <message>
        <location filename="../layers/operations/submissions.py"/>
        <source>{n} producers</source>
        <translation>{n} produtores</translation>
    </message>
    <message>
        <location filename="../layers/operations/submissions.py"/>
        <source> ({n} without a producer name)</source>
        <translation> (sem nome de produtor: {n})</translation>
    </message>
    <message>
        <location filename="../layers/operations/submissions.py"/>
        <source>producer not given</source>
        <translation>produtor não indicado</translation>
    </message>
    <message>
        <location filename="../layers/operations/submissions.py"/>
        <source>{n} country</source>
        <translation>{n} país</translation>
    </message>
    <message>
        <location filename="../layers/operations/submissions.py"/>
        <source>{n} countries</source>
        <translation>{n} países</translation>
    </message>
    <message>
        <location filename="../layers/operations/submissions.py"/>
        <source> ({n} in no country)</source>
        <translation> (fora de qualquer país: {n})</translation>
    </message>
    <message>
        <location filename="../layers/operations/submissions.py"/>
        <source>{n} collection</source>
        <translation>{n} coleção</translation>
    </message>
    <message>
        <location filename="../layers/operations/submissions.py"/>
        <source>{n} collections</source>
        <translation>{n} coleções</translation>
    </message>
    <message>
        <location filename="../layers/operations/submissions.py"/>
        <source>{things}, {producers}, {countries}: {collections}</source>
        <translation>{things}, {producers}, {countries}: {collections}</translation>
    </message>
    <message>
        <location filename="../layers/operations/submissions.py"/>
        <source>no country</source>
        <translation>nenhum país</translation>
    </message>
    <message>
        <location filename="../layers/operations/submissions.py"/>
        <source>all producers</source>
        <translation>todos os produtores</translation>
    </message>
    <message>
        <location filename="../layers/operations/submissions.py"/>
        <source>(no producer name)</source>
        <translation>(sem nome de produtor)</translation>
    </message>
    <message>
        <location filename="../layers/operations/submissions.py"/>
        <source>{name}: {producer}, {commodity}, {things}, {countries}</source>
        <translation>{name}: {producer}, {commodity}, {things}, {countries}</translation>
    </message>
    <message>
        <location filename="../layers/operations/submissions.py"/>
        <source>&apos;{commodity}&apos; is not one of Epoch&apos;s commodities: Epoch assesses it with its plantation model and warns.</source>
        <translation>&apos;{commodity}&apos; não é um dos produtos de base do Epoch: o Epoch avalia-o com o seu modelo de plantação e emite um aviso.</translation>
    </message>
    <message>
        <location filename="../layers/operations/submissions.py"/>
        <source>&apos;{name}&apos; spans {n} countries ({countries}): Epoch reports a collection as one producer in one place; send one collection per producer to keep them apart.</source>
        <translation>&apos;{name}&apos; abrange {n} países ({countries}): o Epoch apresenta uma coleção como um só produtor num só local; envie uma coleção por produtor para os separar.</translation>
    </message>
    <message>
        <location filename="../layers/operations/submissions.py"/>
        <source>their &apos;{field}&apos; is empty or names no commodity</source>
        <translation>o campo &apos;{field}&apos; está vazio ou não indica nenhum produto de base</translation>
    </message>
    <message>
        <location filename="../layers/operations/submissions.py"/>
        <source>no commodity column was chosen and no commodity for all rows</source>
        <translation>não foi escolhida nenhuma coluna de produto de base nem um produto de base para todas as linhas</translation>
    </message>
    <message>
        <location filename="../layers/operations/submissions.py"/>
        <source>No commodity for {producers} (features {features}): {why}. Nothing is sent as &apos;unknown&apos;: {how}</source>
        <translation>Sem produto de base para {producers} (elementos {features}): {why}. Nada é enviado como &apos;unknown&apos;: {how}</translation>
    </message>
    <message>
        <location filename="../layers/operations/submissions.py"/>
        <source>pick the column that holds the commodity, or a commodity for rows without one.</source>
        <translation>escolha a coluna que contém o produto de base, ou um produto de base para as linhas que não o têm.</translation>
    </message>
    <message>
        <location filename="../layers/operations/submissions.py"/>
        <source>{commodity} ({n})</source>
        <translation>{commodity} ({n})</translation>
    </message>
    <message>
        <location filename="../layers/operations/submissions.py"/>
        <source>One collection takes one commodity, but these rows hold {held}: send one collection per producer, or submit each commodity&apos;s rows apart.</source>
        <translation>Uma coleção só admite um produto de base, mas estas linhas contêm vários ({held}): envie uma coleção por produtor, ou submeta separadamente as linhas de cada produto de base.</translation>
    </message>
    <message>
        <location filename="../layers/operations/submissions.py"/>
        <source>The collection name &apos;{name}&apos; names one collection, but these rows make {n} (one per producer and commodity): {how}</source>
        <translation>O nome de coleção &apos;{name}&apos; designa uma só coleção, mas estas linhas formam {n} (uma por produtor e produto de base): {how}</translation>
    </message>
    <message>
        <location filename="../layers/operations/submissions.py"/>
        <source>clear the name to name each after its producer, or send them as one collection.</source>
        <translation>apague o nome para que cada uma receba o nome do seu produtor, ou envie-as como uma só coleção.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is already assessed on Epoch: it was not sent.</source>
        <translation type="obsolete">&apos;{name}&apos; já foi avaliada no Epoch: não foi enviada.</translation>
    </message>
    <message>
        <source>{n} collections are already assessed on Epoch and were not sent: {names}.</source>
        <translation type="obsolete">{n} coleções já foram avaliadas no Epoch e não foram enviadas: {names}.</translation>
    </message>
    <message>
        <source>1 facility</source>
        <translation type="obsolete">1 instalação</translation>
    </message>
    <message>
        <source>{n} facilities</source>
        <translation type="obsolete">{n} instalações</translation>
    </message>
    <message>
        <source>1 plot</source>
        <translation type="obsolete">1 parcela</translation>
    </message>
    <message>
        <source>{n} plots</source>
        <translation type="obsolete">{n} parcelas</translation>
    </message>
    <message>
        <source>1 producer</source>
        <translation type="obsolete">1 produtor</translation>
    </message>
    <message>
        <source>1 country</source>
        <translation type="obsolete">1 país</translation>
    </message>
    <message>
        <source>1 collection</source>
        <translation type="obsolete">1 coleção</translation>
    </message>
</context>
<context>
    <name>SubmitBatch</name>
    <message>
        <location filename="../processing_provider/alg_submit_batch.py"/>
        <source>Submit for assessment (batch)</source>
        <translation>Submeter para avaliação (lote)</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_submit_batch.py"/>
        <source>Submits facilities (points) for supply-shed assessment or plots (polygons) for direct assessment, as Epoch&apos;s dashboard holds them: one collection per producer (GROUP_BY=producer, the producer read from PRODUCER_FIELD), or all in one collection (GROUP_BY=one). Each feature&apos;s commodity is read from COMMODITY_FIELD (Café, kopi, sawit... are understood), COMMODITY filling features without one; COMMODITY alone is every feature&apos;s. Empty fields are guessed from the column names (the commodity field only when COMMODITY is not given). Features without any commodity are refused, named, and nothing is sent. The counts (plots, producers, countries, collections) are printed first. Collections are named {commodity}_{producer}_{date} (one collection: COLLECTION_NAME, or {commodity}_{country}_{date}). WAIT_SECONDS &gt; 0 polls until each assessment appears. A collection name already assessed is reported first (without FORCE_REPROCESS Epoch returns that collection). The jobs are recorded in the QGIS profile: the panel keeps checking them, also after a restart, and says when they are ready.</source>
        <translation>Submete instalações (pontos) para avaliação por área de abastecimento ou parcelas (polígonos) para avaliação direta, tal como o painel do Epoch as organiza: uma coleção por produtor (GROUP_BY=producer, com o produtor lido de PRODUCER_FIELD) ou todas numa só coleção (GROUP_BY=one). O produto de base de cada elemento é lido de COMMODITY_FIELD (Café, kopi, sawit... são reconhecidos), e COMMODITY completa os elementos que não o têm; COMMODITY sozinho aplica-se a todos os elementos. Os campos vazios são deduzidos dos nomes das colunas (o do produto de base só quando COMMODITY não é indicado). Os elementos sem qualquer produto de base são recusados, identificados, e nada é enviado. As contagens (parcelas, produtores, países, coleções) são apresentadas primeiro. As coleções chamam-se {commodity}_{producer}_{date} (uma só coleção: COLLECTION_NAME, ou {commodity}_{country}_{date}). WAIT_SECONDS &gt; 0 consulta até cada avaliação aparecer. Um nome de coleção já avaliado é comunicado primeiro (sem FORCE_REPROCESS, o Epoch devolve essa coleção). Os trabalhos são registados no perfil do QGIS: o painel continua a verificá-los, também após um reinício, e indica quando estão prontos.</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_submit_batch.py"/>
        <source>Screened locations</source>
        <translation>Localizações triadas</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_submit_batch.py"/>
        <source>Selected features only</source>
        <translation>Apenas elementos selecionados</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_submit_batch.py"/>
        <source>Collections (producer: one per producer; one: a single collection)</source>
        <translation>Coleções (producer: uma por produtor; one: uma só coleção)</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_submit_batch.py"/>
        <source>Producer field (empty: guessed)</source>
        <translation>Campo do produtor (vazio: deduzido)</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_submit_batch.py"/>
        <source>Commodity field (empty: guessed)</source>
        <translation>Campo do produto de base (vazio: deduzido)</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_submit_batch.py"/>
        <source>Collection name, for one collection (empty: suggested)</source>
        <translation>Nome da coleção, para uma só coleção (vazio: sugerido)</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_submit_batch.py"/>
        <source>Commodity (with a commodity field: of features without one)</source>
        <translation>Produto de base (com um campo de produto de base: o dos elementos sem ele)</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_submit_batch.py"/>
        <source>Reprocess an existing collection</source>
        <translation>Reprocessar uma coleção existente</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_submit_batch.py"/>
        <source>Wait for the results (seconds)</source>
        <translation>Aguardar os resultados (segundos)</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_submit_batch.py"/>
        <source>Collection id (several: comma-separated)</source>
        <translation>ID da coleção (vários: separados por vírgulas)</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_submit_batch.py"/>
        <source>Status (several: comma-separated)</source>
        <translation>Estado (vários: separados por vírgulas)</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_submit_batch.py"/>
        <source>Collection name (several: comma-separated)</source>
        <translation>Nome da coleção (vários: separados por vírgulas)</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_submit_batch.py"/>
        <source>Collections sent (JSON)</source>
        <translation>Coleções enviadas (JSON)</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_submit_batch.py"/>
        <source>Summary</source>
        <translation>Resumo</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_submit_batch.py"/>
        <source>{parameter}: &apos;{field}&apos; is not a field of &apos;{layer}&apos; (its fields: {fields}).</source>
        <translation>{parameter}: &apos;{field}&apos; não é um campo de &apos;{layer}&apos; (os seus campos: {fields}).</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_submit_batch.py"/>
        <source>Producer field: {producer}; commodity field: {commodity}</source>
        <translation>Campo do produtor: {producer}; campo do produto de base: {commodity}</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_submit_batch.py"/>
        <source>none</source>
        <translation>nenhum</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_submit_batch.py"/>
        <source>set COMMODITY_FIELD to the field that holds it, or COMMODITY for features without one.</source>
        <translation>defina em COMMODITY_FIELD o campo que o contém, ou COMMODITY para os elementos que não o têm.</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_submit_batch.py"/>
        <source>leave COLLECTION_NAME empty (each is named after its producer), or set GROUP_BY=one.</source>
        <translation>deixe COLLECTION_NAME vazio (cada uma recebe o nome do seu produtor) ou defina GROUP_BY=one.</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_submit_batch.py"/>
        <source>&apos;{name}&apos; is already assessed on Epoch (collection {id}): without FORCE_REPROCESS Epoch returns that collection, not a new assessment.</source>
        <translation>&apos;{name}&apos; já foi avaliada no Epoch (coleção {id}): sem FORCE_REPROCESS, o Epoch devolve essa coleção, não uma nova avaliação.</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_submit_batch.py"/>
        <source>{n} facility sent</source>
        <translation>{n} instalação enviada</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_submit_batch.py"/>
        <source>{n} facilities sent</source>
        <translation>{n} instalações enviadas</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_submit_batch.py"/>
        <source>{n} plot sent</source>
        <translation>{n} parcela enviada</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_submit_batch.py"/>
        <source>{n} plots sent</source>
        <translation>{n} parcelas enviadas</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_submit_batch.py"/>
        <source>{name}: {sent}; collection {id}: {status}</source>
        <translation>{name}: {sent}; coleção {id}: {status}</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_submit_batch.py"/>
        <source>Waiting up to {seconds} s for the assessment ...</source>
        <translation>A aguardar a avaliação até {seconds} s ...</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_submit_batch.py"/>
        <source>Collection {id}: {status}</source>
        <translation>Coleção {id}: {status}</translation>
    </message>
    <message>
        <source>{n} facility(s) sent</source>
        <translation type="obsolete">{n} instalação(ões) enviada(s)</translation>
    </message>
    <message>
        <source>{n} plot(s) sent</source>
        <translation type="obsolete">{n} parcela(s) enviada(s)</translation>
    </message>
</context>
<context>
    <name>SubmitTab</name>
    <message>
        <location filename="../ui/submit_state.py"/>
        <source>The collection &apos;{name}&apos; was submitted (collection {id}, {count} sent).</source>
        <translation>A coleção &apos;{name}&apos; foi submetida (coleção {id}, {count} enviadas).</translation>
    </message>
    <message>
        <location filename="../ui/submit_state.py"/>
        <source>{n} collections were submitted.</source>
        <translation>Foram submetidas {n} coleções.</translation>
    </message>
    <message>
        <location filename="../ui/submit_state.py"/>
        <source>Nothing was sent.</source>
        <translation>Nada foi enviado.</translation>
    </message>
    <message>
        <location filename="../ui/wdg_submit.py"/>
        <source>Collection</source>
        <translation>Coleção</translation>
    </message>
    <message>
        <location filename="../ui/wdg_submit.py"/>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../ui/wdg_submit.py"/>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../ui/wdg_submit.py"/>
        <source>Last checked</source>
        <translation>Última verificação</translation>
    </message>
    <message>
        <location filename="../ui/wdg_submit.py"/>
        <source>submitted</source>
        <translation>submetido</translation>
    </message>
    <message>
        <location filename="../ui/wdg_submit.py"/>
        <source>processing</source>
        <translation>em processamento</translation>
    </message>
    <message>
        <location filename="../ui/wdg_submit.py"/>
        <source>ready</source>
        <translation>pronto</translation>
    </message>
    <message>
        <location filename="../ui/wdg_submit.py"/>
        <source>failed</source>
        <translation>falhou</translation>
    </message>
    <message>
        <location filename="../ui/wdg_submit.py"/>
        <source>unknown</source>
        <translation>desconhecido</translation>
    </message>
    <message>
        <location filename="../ui/wdg_submit.py"/>
        <source>{count} sent, commodity: {commodity}</source>
        <translation>{count} enviadas, produto de base: {commodity}</translation>
    </message>
    <message>
        <location filename="../ui/wdg_submit.py"/>
        <source>{count} sent, commodity not given</source>
        <translation>{count} enviadas, produto de base não indicado</translation>
    </message>
    <message>
        <location filename="../ui/wdg_submit.py"/>
        <source>local sandbox</source>
        <translation>ambiente de testes local</translation>
    </message>
    <message>
        <location filename="../ui/wdg_submit.py"/>
        <source>Submitted {time} UTC from Processing to {server}</source>
        <translation>Submetido em {time} UTC a partir do Processamento para {server}</translation>
    </message>
    <message>
        <location filename="../ui/wdg_submit.py"/>
        <source>Submitted {time} UTC from the panel to {server}</source>
        <translation>Submetido em {time} UTC a partir do painel para {server}</translation>
    </message>
    <message>
        <location filename="../ui/wdg_submit.py"/>
        <source>Screen a layer first: its results can then be submitted for assessment.</source>
        <translation>Faça primeiro a triagem de uma camada: os seus resultados podem depois ser submetidos para avaliação.</translation>
    </message>
    <message>
        <location filename="../ui/wdg_submit.py"/>
        <source>One collection per producer</source>
        <translation>Uma coleção por produtor</translation>
    </message>
    <message>
        <location filename="../ui/wdg_submit.py"/>
        <source>One collection for all</source>
        <translation>Uma coleção para tudo</translation>
    </message>
    <message>
        <location filename="../ui/wdg_submit.py"/>
        <source>Epoch&apos;s assessments hold one producer&apos;s plots each: one collection per producer shows each producer with its own status, commodity and country.</source>
        <translation>Cada avaliação do Epoch contém as parcelas de um só produtor: uma coleção por produtor mostra cada produtor com o seu próprio estado, produto de base e país.</translation>
    </message>
    <message>
        <location filename="../ui/wdg_submit.py"/>
        <source>The field that names each feature&apos;s producer (farmer, supplier, company).</source>
        <translation>O campo que indica o produtor de cada elemento (agricultor, fornecedor, empresa).</translation>
    </message>
    <message>
        <location filename="../ui/wdg_submit.py"/>
        <source>The field that holds each feature&apos;s commodity (coffee, Café, kopi, cacao, sawit... are understood).</source>
        <translation>O campo que contém o produto de base de cada elemento (coffee, Café, kopi, cacao, sawit... são reconhecidos).</translation>
    </message>
    <message>
        <location filename="../ui/wdg_submit.py"/>
        <source>None: refuse</source>
        <translation>Nenhum: recusar</translation>
    </message>
    <message>
        <location filename="../ui/wdg_submit.py"/>
        <source>The name of a single collection. Left as suggested, each collection is named {commodity}_{producer}_{date}.</source>
        <translation>O nome de uma coleção única. Se ficar o sugerido, cada coleção chama-se {commodity}_{producer}_{date}.</translation>
    </message>
    <message>
        <location filename="../ui/wdg_submit.py"/>
        <source>Reprocess if the collection exists</source>
        <translation>Reprocessar se a coleção existir</translation>
    </message>
    <message>
        <location filename="../ui/wdg_submit.py"/>
        <source>Collections</source>
        <translation>Coleções</translation>
    </message>
    <message>
        <location filename="../ui/wdg_submit.py"/>
        <source>Producer field</source>
        <translation>Campo produtor</translation>
    </message>
    <message>
        <location filename="../ui/wdg_submit.py"/>
        <source>Commodity field</source>
        <translation>Campo produto</translation>
    </message>
    <message>
        <location filename="../ui/wdg_submit.py"/>
        <source>The commodity of rows whose commodity field is empty, or of every row when no field is chosen: the one screened, unless changed here.</source>
        <translation>O produto de base das linhas cujo campo de produto de base está vazio, ou de todas as linhas quando não é escolhido nenhum campo: o da triagem, salvo se for alterado aqui.</translation>
    </message>
    <message>
        <location filename="../ui/wdg_submit.py"/>
        <source>Default commodity</source>
        <translation>Produto predefinido</translation>
    </message>
    <message>
        <location filename="../ui/wdg_submit.py"/>
        <source>Collection name</source>
        <translation>Nome da coleção</translation>
    </message>
    <message>
        <location filename="../ui/wdg_submit.py"/>
        <source>Submit ticked rows (or the map selection)</source>
        <translation>Submeter linhas marcadas (ou seleção)</translation>
    </message>
    <message>
        <location filename="../ui/wdg_submit.py"/>
        <source>Submitted jobs</source>
        <translation>Trabalhos submetidos</translation>
    </message>
    <message>
        <location filename="../ui/wdg_submit.py"/>
        <source>Check now</source>
        <translation>Verificar agora</translation>
    </message>
    <message>
        <location filename="../ui/wdg_submit.py"/>
        <source>Clear settled</source>
        <translation>Limpar concluídos</translation>
    </message>
    <message>
        <location filename="../ui/wdg_submit.py"/>
        <source>Forget the jobs that are ready, failed or given up (the results stay on Epoch).</source>
        <translation>Esquecer os trabalhos prontos, falhados ou abandonados (os resultados ficam no Epoch).</translation>
    </message>
    <message>
        <location filename="../ui/wdg_submit.py"/>
        <source>{n} screened facility from &apos;{layer}&apos;. Tick it in the Screening table (or select it on the map) and submit it to /batch_supply_shed (supply-shed assessment).</source>
        <translation>{n} instalação triada de &apos;{layer}&apos;. Marque-a na tabela de Triagem (ou selecione-a no mapa) e submeta-a a /batch_supply_shed (avaliação por área de abastecimento).</translation>
    </message>
    <message>
        <location filename="../ui/wdg_submit.py"/>
        <source>{n} screened facilities from &apos;{layer}&apos;. Tick rows in the Screening table (or select features on the map) and submit them to /batch_supply_shed (supply-shed assessment).</source>
        <translation>{n} instalações triadas de &apos;{layer}&apos;. Marque linhas na tabela de Triagem (ou selecione elementos no mapa) e submeta-as a /batch_supply_shed (avaliação por área de abastecimento).</translation>
    </message>
    <message>
        <location filename="../ui/wdg_submit.py"/>
        <source>{n} screened plot from &apos;{layer}&apos;. Tick it in the Screening table (or select it on the map) and submit it to /batch_process (direct plot assessment).</source>
        <translation>{n} parcela triada de &apos;{layer}&apos;. Marque-a na tabela de Triagem (ou selecione-a no mapa) e submeta-a a /batch_process (avaliação direta de parcelas).</translation>
    </message>
    <message>
        <location filename="../ui/wdg_submit.py"/>
        <source>{n} screened plots from &apos;{layer}&apos;. Tick rows in the Screening table (or select features on the map) and submit them to /batch_process (direct plot assessment).</source>
        <translation>{n} parcelas triadas de &apos;{layer}&apos;. Marque linhas na tabela de Triagem (ou selecione elementos no mapa) e submeta-as a /batch_process (avaliação direta de parcelas).</translation>
    </message>
    <message>
        <location filename="../ui/wdg_submit.py"/>
        <source>The screening results are no longer in the project (another project was opened): screen the layer again.</source>
        <translation>Os resultados da triagem já não estão no projeto (foi aberto outro projeto): volte a triar a camada.</translation>
    </message>
    <message>
        <location filename="../ui/wdg_submit.py"/>
        <source>Nothing to submit: tick rows in the Screening results or select features on the map.</source>
        <translation>Nada a submeter: marque linhas nos resultados da Triagem ou selecione elementos no mapa.</translation>
    </message>
    <message>
        <location filename="../ui/wdg_submit.py"/>
        <source>The screened layer is no longer in the project (another project was opened): open it and screen it again.</source>
        <translation>A camada triada já não está no projeto (foi aberto outro projeto): abra-a e volte a triá-la.</translation>
    </message>
    <message>
        <location filename="../ui/wdg_submit.py"/>
        <source>&apos;{name}&apos; was submitted on {day} ({state}). Submitted again without &apos;Reprocess&apos;, Epoch returns that collection, not a new assessment. Submit anyway?</source>
        <translation>&apos;{name}&apos; foi submetida em {day} ({state}). Se for submetida novamente sem &apos;Reprocessar&apos;, o Epoch devolve essa coleção, não uma nova avaliação. Submeter mesmo assim?</translation>
    </message>
    <message>
        <location filename="../ui/wdg_submit.py"/>
        <source>&apos;{name}&apos; on {day} ({state})</source>
        <translation>&apos;{name}&apos; em {day} ({state})</translation>
    </message>
    <message>
        <location filename="../ui/wdg_submit.py"/>
        <source>Submitted before: {jobs}. Submitted again without &apos;Reprocess&apos;, Epoch returns those collections, not new assessments. Submit anyway?</source>
        <translation>Já submetidas: {jobs}. Se forem submetidas novamente sem &apos;Reprocessar&apos;, o Epoch devolve essas coleções, não novas avaliações. Submeter mesmo assim?</translation>
    </message>
    <message>
        <location filename="../ui/wdg_submit.py"/>
        <source>Preparing the submission</source>
        <translation>A preparar a submissão</translation>
    </message>
    <message>
        <location filename="../ui/wdg_submit.py"/>
        <source>one per producer: {commodity}_{producer}_{date}</source>
        <translation>uma por produtor: {commodity}_{producer}_{date}</translation>
    </message>
    <message>
        <location filename="../ui/wdg_submit.py"/>
        <source>Not submitted: {why}</source>
        <translation>Não submetido: {why}</translation>
    </message>
    <message>
        <location filename="../ui/wdg_submit.py"/>
        <source>{summary}

{details}

Send this collection?</source>
        <translation>{summary}

{details}

Enviar esta coleção?</translation>
    </message>
    <message>
        <location filename="../ui/wdg_submit.py"/>
        <source>{summary}

{details}

Send these {n} collections?</source>
        <translation>{summary}

{details}

Enviar estas {n} coleções?</translation>
    </message>
    <message>
        <location filename="../ui/wdg_submit.py"/>
        <source>Not submitted: nothing was sent.</source>
        <translation>Não submetido: nada foi enviado.</translation>
    </message>
    <message>
        <location filename="../ui/wdg_submit.py"/>
        <source>{n} collections</source>
        <translation>{n} coleções</translation>
    </message>
    <message>
        <location filename="../ui/wdg_submit.py"/>
        <source>Submitting {name}</source>
        <translation>A submeter {name}</translation>
    </message>
    <message>
        <location filename="../ui/wdg_submit.py"/>
        <source>&apos;{name}&apos; is already assessed on Epoch (collection {id}). Submitted again without &apos;Reprocess&apos;, Epoch returns its results, not a new assessment. Submit anyway?</source>
        <translation>&apos;{name}&apos; já foi avaliada no Epoch (coleção {id}). Se for submetida novamente sem &apos;Reprocessar&apos;, o Epoch devolve os seus resultados, não uma nova avaliação. Submeter mesmo assim?</translation>
    </message>
    <message>
        <location filename="../ui/wdg_submit.py"/>
        <source>{names} are already assessed on Epoch (collections {ids}). Submitted again without &apos;Reprocess&apos;, Epoch returns their results, not new assessments. Submit anyway?</source>
        <translation>{names} já foram avaliadas no Epoch (coleções {ids}). Se forem submetidas novamente sem &apos;Reprocessar&apos;, o Epoch devolve os seus resultados, não novas avaliações. Submeter mesmo assim?</translation>
    </message>
    <message>
        <location filename="../ui/wdg_submit.py"/>
        <source>Not submitted: &apos;{name}&apos; is already assessed. Load it in Assessments, tick &apos;Reprocess&apos;, or choose another name.</source>
        <translation>Não submetida: &apos;{name}&apos; já foi avaliada. Carregue-a em Avaliações, assinale &apos;Reprocessar&apos; ou escolha outro nome.</translation>
    </message>
    <message>
        <location filename="../ui/wdg_submit.py"/>
        <source>Not submitted: {names} are already assessed. Load them in Assessments, tick &apos;Reprocess&apos;, or choose other names.</source>
        <translation>Não submetidas: {names} já foram avaliadas. Carregue-as em Avaliações, assinale &apos;Reprocessar&apos; ou escolha outros nomes.</translation>
    </message>
    <message>
        <location filename="../ui/wdg_submit.py"/>
        <source>The other {n} collections were submitted; their state is checked below.</source>
        <translation>As outras {n} coleções foram submetidas; o seu estado é verificado abaixo.</translation>
    </message>
    <message>
        <location filename="../ui/wdg_submit.py"/>
        <source>The other collection was submitted; its state is checked below.</source>
        <translation>A outra coleção foi submetida; o seu estado é verificado abaixo.</translation>
    </message>
    <message>
        <location filename="../ui/wdg_submit.py"/>
        <source>Submitted: collection {id}. Its state is checked below, also after QGIS restarts, and a notice says when it is ready.</source>
        <translation>Submetida: coleção {id}. O seu estado é verificado abaixo, também após o QGIS reiniciar, e um aviso indica quando estiver pronta.</translation>
    </message>
    <message>
        <location filename="../ui/wdg_submit.py"/>
        <source>Submitted {n} collections. Their state is checked below, also after QGIS restarts, and a notice says when each is ready.</source>
        <translation>Coleções submetidas: {n}. O seu estado é verificado abaixo, também após o QGIS reiniciar, e um aviso indica quando cada uma estiver pronta.</translation>
    </message>
    <message>
        <location filename="../ui/wdg_submit.py"/>
        <source>not yet</source>
        <translation>ainda não</translation>
    </message>
    <message>
        <location filename="../ui/wdg_submit.py"/>
        <source>Submitted jobs: {n}, {waiting} being checked (last check: {error})</source>
        <translation>Trabalhos submetidos: {n}, {waiting} em verificação (última verificação: {error})</translation>
    </message>
    <message>
        <location filename="../ui/wdg_submit.py"/>
        <source>Submitted jobs: {n}, {waiting} being checked</source>
        <translation>Trabalhos submetidos: {n}, {waiting} em verificação</translation>
    </message>
    <message>
        <location filename="../ui/wdg_submit.py"/>
        <source>Submitted jobs: {n}</source>
        <translation>Trabalhos submetidos: {n}</translation>
    </message>
    <message>
        <source>collection {id} ({n} sent): {status}</source>
        <translation type="obsolete">coleção {id} (enviados: {n}): {status}</translation>
    </message>
    <message>
        <source>{n} collection(s) sent</source>
        <translation type="obsolete">Coleções enviadas: {n}</translation>
    </message>
    <message>
        <source>; already assessed, not sent: {names}</source>
        <translation type="obsolete">; já avaliadas, não enviadas: {names}</translation>
    </message>
    <message>
        <source>{summary}

{details}

Send {n} collection(s)?</source>
        <translation type="obsolete">{summary}

{details}

Enviar {n} coleção(ões)?</translation>
    </message>
    <message>
        <source>{names} is already assessed on Epoch (collection {id}). Submitted again without &apos;Reprocess&apos;, Epoch returns those results, not a new assessment. Submit anyway?</source>
        <translation type="obsolete">Já existe uma avaliação no Epoch para {names} (coleção {id}). Se for submetida novamente sem &apos;Reprocessar&apos;, o Epoch devolve esses resultados, não uma nova avaliação. Submeter mesmo assim?</translation>
    </message>
    <message>
        <source>Not submitted: {names} is already assessed. Load it in Assessments, tick &apos;Reprocess&apos;, or choose another name.</source>
        <translation type="obsolete">Não submetido: já existe uma avaliação para {names}. Carregue-a em Avaliações, marque &apos;Reprocessar&apos; ou escolha outro nome.</translation>
    </message>
    <message>
        <source>{n} facilities</source>
        <translation type="obsolete">{n} instalações</translation>
    </message>
    <message>
        <source>{n} plots</source>
        <translation type="obsolete">{n} parcelas</translation>
    </message>
    <message>
        <source>commodity not given</source>
        <translation type="obsolete">produto de base não indicado</translation>
    </message>
    <message>
        <source>submitted {time} UTC from {origin} to {server}</source>
        <translation type="obsolete">submetido em {time} UTC; origem: {origin}; servidor: {server}</translation>
    </message>
    <message>
        <source>Processing</source>
        <translation type="obsolete">Processamento</translation>
    </message>
    <message>
        <source>the panel</source>
        <translation type="obsolete">painel</translation>
    </message>
    <message>
        <source>(last check: {error})</source>
        <translation type="obsolete">(última verificação: {error})</translation>
    </message>
</context>
<context>
    <name>TaskBar</name>
    <message>
        <location filename="../ui/wdg_common.py"/>
        <source>{shown} of {total}</source>
        <translation>{shown} de {total}</translation>
    </message>
    <message>
        <location filename="../ui/wdg_common.py"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>Tasks</name>
    <message>
        <location filename="../layers/operations/task.py"/>
        <source>{task}: {error}</source>
        <translation>{task}: {error}</translation>
    </message>
    <message>
        <location filename="../layers/operations/task.py"/>
        <source>The connection to the server failed ({kind}); nothing was written. Check the connection and try again.</source>
        <translation>A ligação ao servidor falhou ({kind}); nada foi escrito. Verifique a ligação e tente novamente.</translation>
    </message>
    <message>
        <location filename="../layers/operations/task.py"/>
        <source>Could not write the results: {reason}</source>
        <translation>Não foi possível escrever os resultados: {reason}</translation>
    </message>
    <message>
        <location filename="../layers/operations/task.py"/>
        <source>The server&apos;s answer is nested too deeply to read; nothing was written.</source>
        <translation>A resposta do servidor está demasiado aninhada para ser lida; nada foi escrito.</translation>
    </message>
    <message>
        <location filename="../layers/operations/task.py"/>
        <source>Unexpected error: {kind}: {reason}</source>
        <translation>Erro inesperado: {kind}: {reason}</translation>
    </message>
    <message>
        <location filename="../layers/operations/task.py"/>
        <source>{task}: {outcome}</source>
        <translation>{task}: {outcome}</translation>
    </message>
    <message>
        <location filename="../layers/operations/task.py"/>
        <source>{task}: unexpected error {kind}</source>
        <translation>{task}: erro inesperado {kind}</translation>
    </message>
    <message>
        <location filename="../layers/operations/task.py"/>
        <source>{task}: done</source>
        <translation>{task}: concluído</translation>
    </message>
    <message>
        <location filename="../layers/operations/task.py"/>
        <source>{task}: cancelled; nothing was changed</source>
        <translation>{task}: cancelado; nada foi alterado</translation>
    </message>
    <message>
        <source>{layer}: {n} features loaded</source>
        <translation type="obsolete">{layer}: {n} elementos carregados</translation>
    </message>
</context>
<context>
    <name>ValidateFacility</name>
    <message>
        <location filename="../processing_provider/alg_validate_facility.py"/>
        <source>POINT: give the facility&apos;s location as &apos;x,y [EPSG:code]&apos;, e.g. &apos;100.5018,13.7563 [EPSG:4326]&apos;.</source>
        <translation>POINT: indique a localização da instalação como &apos;x,y [EPSG:código]&apos;, p. ex., &apos;100.5018,13.7563 [EPSG:4326]&apos;.</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_validate_facility.py"/>
        <source>POINT: {reason}</source>
        <translation>POINT: {reason}</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_validate_facility.py"/>
        <source>OUTPUT: checks are kept in a GeoPackage (each run adds a row): give a .gpkg file.</source>
        <translation>OUTPUT: as verificações são guardadas num GeoPackage (cada execução acrescenta uma linha): indique um ficheiro .gpkg.</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_validate_facility.py"/>
        <source>Checking the facility at {lon:.6f}, {lat:.6f} on {url}</source>
        <translation>A verificar a instalação em {lon:.6f}, {lat:.6f} em {url}</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_validate_facility.py"/>
        <source>Validate a facility at a point (validate_facility)</source>
        <translation>Validar uma instalação num ponto (validate_facility)</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_validate_facility.py"/>
        <source>Asks Epoch&apos;s /validate_facility whether a location is likely a first-mile aggregation facility for the commodity, and keeps the answer as one more row of the output&apos;s &apos;Checked facilities&apos; layer (a GeoPackage given twice gets two rows): the confidence score and level, the penalty breakdown and, with INCLUDE_LEGALITY_CHECK, the Article 10 legality sources in a related table (&lt;layer&gt;_sources, joined by check_id). The point may be in any CRS; a point at sea or outside the world is refused.</source>
        <translation>Pergunta ao /validate_facility do Epoch se um local é provavelmente uma instalação de recolha do primeiro quilómetro para o produto de base, e guarda a resposta como mais uma linha da camada &apos;Instalações verificadas&apos; da saída (um GeoPackage indicado duas vezes recebe duas linhas): a pontuação e o nível de confiança, a decomposição das penalizações e, com INCLUDE_LEGALITY_CHECK, as fontes de legalidade do artigo 10.º numa tabela relacionada (&lt;layer&gt;_sources, ligada por check_id). O ponto pode estar em qualquer SRC; um ponto no mar ou fora do mundo é recusado.</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_validate_facility.py"/>
        <source>Facility location</source>
        <translation>Localização da instalação</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_validate_facility.py"/>
        <source>Include deforestation within 50 km</source>
        <translation>Incluir desflorestação num raio de 50 km</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_validate_facility.py"/>
        <source>Checked facilities</source>
        <translation>Instalações verificadas</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_validate_facility.py"/>
        <source>Legality sources table</source>
        <translation>Tabela das fontes de legalidade</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_validate_facility.py"/>
        <source>Confidence score</source>
        <translation>Pontuação de confiança</translation>
    </message>
    <message>
        <location filename="../processing_provider/alg_validate_facility.py"/>
        <source>Confidence level</source>
        <translation>Nível de confiança</translation>
    </message>
</context>
</TS>
