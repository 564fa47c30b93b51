# Polydesk desktop UI — português do Brasil.

app-name = Polydesk
app-loading = Abrindo seu espaço de trabalho…

## Startup errors (error-<code in kebab case>)

error-screen-title = O Polydesk não conseguiu abrir o cache local
error-cache-corrupt = O arquivo do cache local está danificado e não pode ser lido. Seus dados no CRM estão seguros: o Polydesk pode deixar o arquivo danificado de lado e recomeçar com um cache vazio.
error-cache-locked = Outra janela do Polydesk já está usando o cache local. Feche essa janela e tente de novo.
error-cache-too-new = O cache local foi gravado por uma versão mais nova do Polydesk. Atualize o Polydesk ou deixe este cache de lado e comece do zero.
error-template = Não foi possível preencher este modelo de resposta: falta um valor de que ele precisa. Nada foi inserido; preencha os campos que faltam e tente de novo.
error-offline = Não foi possível acessar o CRM. Suas alterações esperam na fila de envio e vão assim que ele voltar.
error-auth-refused = O CRM recusou o nome de usuário, a senha ou o token. Entre de novo em Configurações.
error-forbidden = O CRM não permite que este usuário faça isso. Peça acesso a um administrador do CRM.
error-crm-not-found = O CRM não tem mais isso: foi excluído ou movido para onde este usuário não vê.
error-rate-limited = O CRM pediu ao Polydesk que diminua o ritmo. O Polydesk espera e continua sozinho.
error-rate-limited-until = O CRM pediu ao Polydesk que diminua o ritmo até { $until }. O Polydesk espera e continua sozinho.
error-conflict = O caso mudou no CRM antes. Compare os dois valores e escolha.
error-crm-rejected = O CRM recusou esta alteração e disse por quê:
error-crm-malformed = O CRM respondeu algo que o Polydesk não consegue ler. Seus dados locais não foram alterados; o Polydesk tenta de novo.
error-crm-server-error = O CRM falhou do lado dele. O Polydesk tenta de novo daqui a pouco.
error-escalation-open = O caso tem um escalonamento aberto: registre o resultado para resolver o caso.
error-root-cause-required = Escolha a causa raiz para resolver o caso.
error-storage = O Polydesk não conseguiu ler ou gravar os arquivos locais. Verifique se há espaço livre no disco e se o seu usuário tem permissão de escrita.
error-keychain = O chaveiro do sistema não conseguiu guardar nem devolver a senha ou o token do CRM. Desbloqueie o chaveiro (ou permita que o Polydesk o use) e tente de novo.
error-not-found = Este caso não está mais no cache local.
error-invalid-input = O Polydesk enviou uma solicitação inválida. Tente de novo.
error-unknown = Aconteceu um erro inesperado.
error-code = Código do erro: { $code }
error-move-aside = Deixar de lado e começar do zero
error-move-aside-hint = O arquivo antigo é mantido com outro nome; nada é apagado.
error-retry = Tentar de novo

## Welcome (empty cache)

welcome-title = Boas-vindas ao Polydesk
welcome-body = Seu cache local está vazio. Conecte um CRM para sincronizar seus casos ou explore antes um espaço de trabalho de demonstração.
welcome-demo = Abrir o espaço de demonstração
welcome-demo-hint = Cerca de 300 casos de exemplo em inglês, português e chinês. Tudo fica neste computador.

## Top bar

search-input =
    .placeholder = Buscar casos e mensagens
    .aria-label = Buscar casos e mensagens
search-clear = Limpar busca
shortcuts-button = Atalhos
settings-button = Configurações

## Views (left pane)

views-label = Visualizações
view-all = Todos
view-mine = Meus abertos
view-unassigned = Sem responsável
view-due-soon = Vencendo em breve
view-pending = Pendentes
view-solved = Resolvidos
view-escalated = Escalonados
view-breaching = SLA em risco

## Case list

list-label = Casos
list-loading = Carregando casos…
list-empty = Nenhum caso nesta visualização.
list-error = Não foi possível carregar a lista de casos.
case-unassigned = Sem responsável
case-draft = Rascunho
    .title = Você tem um rascunho não enviado neste caso
sla-due-in = em { $duration }
    .title = Próximo prazo de SLA: { $time }
sla-overdue = { $duration } de atraso
    .title = Prazo de SLA vencido em { $time }
sla-panel = SLA
    .aria-label = Metas de nível de serviço
sla-source-crm = SLA do CRM
    .title = O prazo vem do SLA do próprio CRM (ele prevalece sobre a política da equipe)
sla-source-policy = Política da equipe
    .title = O prazo vem da política de SLA da equipe (sla-policy.toml)
sla-target-first-response = Primeira resposta
sla-target-next-response = Próxima resposta
sla-target-resolution = Resolução
sla-state-running = correndo
sla-state-paused = pausado
sla-state-breached = estourado
sla-state-met = cumprido
sla-state-missed = perdido
sla-paused = Relógio pausado enquanto o caso está pendente ou em espera
duration-minutes = { $count } min
duration-hours = { $count } h
duration-days = { $count } d

## Status, priority, direction, customer kind

status-new = Novo
status-open = Aberto
status-pending = Pendente
status-on-hold = Em espera
status-solved = Resolvido
status-closed = Fechado
priority-low = Baixa
priority-normal = Normal
priority-high = Alta
priority-urgent = Urgente
direction-inbound = Cliente
direction-outbound = Resposta
direction-note = Nota interna
kind-creator = Criador
kind-seller = Vendedor
kind-viewer = Espectador

## Reply languages

reply-language-en = inglês
reply-language-pt-br = português (Brasil)
reply-language-pt-pt = português (Portugal)
reply-language-zh-hans = chinês (simplificado)
reply-language-zh-hant = chinês (tradicional)
lang-chip-en = EN
lang-chip-pt-br = PT-BR
lang-chip-pt-pt = PT-PT
lang-chip-zh-hans = 中文简
lang-chip-zh-hant = 中文繁
lang-chip-unknown = ?
    .title = Idioma não detectado

## Search

search-running = Buscando…
search-results =
    { $count ->
        [one] Um resultado para “{ $query }”
       *[other] { $count } resultados para “{ $query }”
    }
search-none = Nada encontrado para “{ $query }”.
search-subject-match = Assunto

## Case detail

detail-empty-title = Nenhum caso aberto
detail-empty-hint = Escolha um caso na lista ou navegue com j e k e pressione Enter.
detail-loading = Carregando caso…
detail-close = Fechar caso
detail-properties = Detalhes
detail-thread =
    { $count ->
        [one] Uma mensagem
       *[other] { $count } mensagens
    }
field-customer = Cliente
field-handle = Usuário
field-kind = Tipo
field-locale = Localidade
field-country = País
field-status = Status
field-priority = Prioridade
field-group = Grupo
field-assignee = Responsável
field-tags = Tags
field-reply-language = Idioma da resposta
field-empty = —

## Draft

draft-input =
    .placeholder = Escreva sua resposta em { $language }…
    .aria-label = Rascunho da resposta
draft-saving = Salvando…
draft-saved = Rascunho salvo
draft-error = Não foi possível salvar o rascunho
draft-hint = Os rascunhos ficam neste computador.
note-input =
    .placeholder = Escreva uma nota interna para a equipe…
    .aria-label = Nota interna

## Status bar

statusbar-cache = Cache { $size }
statusbar-cases =
    { $count ->
        [one] { $count } caso
       *[other] { $count } casos
    }
statusbar-sync = Última sincronização { $when }
statusbar-sync-demo = Espaço de demonstração
statusbar-sync-never = Nunca sincronizado
statusbar-agent = Conectado como { $name }
statusbar-shortcuts = Pressione ? para ver os atalhos de teclado

## Shortcuts overlay

shortcuts-title = Atalhos de teclado
shortcuts-close = Fechar
shortcut-next = Próximo caso
    .key = j
shortcut-prev = Caso anterior
    .key = k
shortcut-open = Abrir o caso selecionado
    .key = Enter
shortcut-back = Voltar: fechar o caso, limpar a busca, fechar este painel
    .key = Esc
shortcut-search = Buscar
    .key = /
shortcut-help = Mostrar ou ocultar esta lista
    .key = ?
shortcut-macro = Inserir uma macro (na caixa de resposta)
    .key = Ctrl+M
shortcut-send = Enviar a resposta
    .key = Ctrl+Enter
shortcuts-ime-note = Os atalhos ficam desativados enquanto você digita ou compõe texto com um método de entrada.

## Settings

settings-title = Configurações
settings-close = Fechar configurações
settings-language = Idioma da interface
settings-language-hint = O conteúdo dos casos é sempre exibido no idioma do cliente.
language-name-en = English
language-name-pt-BR = Português (Brasil)
language-name-zh-Hans = 中文（简体）
settings-agent-gender = Seu gênero (para o agradecimento em português: Obrigado/Obrigada)
settings-macro-pack = Pasta de macros da equipe
settings-macro-pack-dir =
    .placeholder = /caminho/para/macros-da-equipe
settings-macro-pack-use = Usar
settings-macro-pack-clear = Limpar
settings-macro-pack-count =
    { $count ->
        [one] Uma macro, incluindo as da equipe
       *[other] { $count } macros, incluindo as da equipe
    }
settings-macro-pack-none =
    { $count ->
        [one] Nenhuma pasta da equipe: uma macro embutida
       *[other] Nenhuma pasta da equipe: { $count } macros embutidas
    }
settings-macro-pack-problems =
    { $count ->
        [one] Um arquivo não pôde ser carregado:
       *[other] { $count } arquivos não puderam ser carregados:
    }
settings-macro-pack-invalid = Essa não é uma pasta que o Polydesk consiga ler.
settings-signature = Assinatura
settings-signature-language = Idioma da resposta para esta assinatura
settings-signature-save = Salvar
settings-signature-reset = Usar a assinatura padrão
settings-signature-hint = Ao inserir uma macro, esta assinatura é adicionada ao final da resposta.

## Reply composer

composer-reply-language = Responder em
reply-source-agent = Sua escolha
    .title = Você escolheu este idioma para este caso; ele fica salvo.
reply-source-customer-locale = Localidade do cliente
    .title = Sugerido pela localidade do cliente no CRM.
reply-source-detected = Detectado
    .title = Detectado nas mensagens do cliente.
reply-source-current = Padrão do caso
    .title = Sem base para sugerir: o idioma atual do caso.
reply-suggestion = Sugestão: { $language }
reply-kind-label = Tipo de resposta
reply-kind-reply = Resposta pública
reply-kind-note = Nota interna
composer-send = Enviar
    .title = Enviar ({ $key })
composer-send-note = Adicionar nota
composer-sending = Enviando…
composer-language-mismatch = Esta resposta parece estar em { $detected }, mas o idioma de resposta é { $reply }.
composer-mismatch-switch = Responder em { $language }
composer-inserted-fallback = A macro inserida está em { $used }, não em { $reply }. Revise antes de enviar.
composer-confirm = Confira o aviso acima antes de enviar.
composer-confirm-send = Enviar mesmo assim
composer-confirm-cancel = Continuar editando
composer-queued-note = As respostas na fila ficam neste computador e são enviadas quando o Polydesk se conectar ao CRM.
message-queued = Na fila
    .title = Ainda não enviada: fica neste computador até o Polydesk se conectar ao CRM.

## Files attached to a reply or note
composer-attach = Anexar arquivos
    .title = Anexar arquivos: até { $count } por resposta, { $size } cada, { $total } no total
composer-files-label = Arquivos a enviar
composer-file-remove = Remover { $name }
composer-file-no-name = Não é possível anexar um arquivo sem nome.
composer-file-empty = “{ $name }” está vazio e por isso não foi anexado.
composer-file-too-big = “{ $name }” tem { $size }: cada arquivo pode ter no máximo { $limit }.
composer-file-too-many = “{ $name }” não foi anexado: uma resposta pode levar no máximo { $limit } arquivos.
composer-file-total-too-big = “{ $name }” não foi anexado: os arquivos somariam { $total }, e uma resposta pode levar no máximo { $limit } no total.
composer-file-unreadable = Não foi possível ler “{ $name }” (ele foi movido ou excluído?). Remova-o ou anexe-o de novo.
composer-files-refused = Os arquivos anexados não foram aceitos: { $detail }
composer-files-dismiss = Fechar
composer-drop-files = Solte os arquivos para anexá-los

## Macros

macro-picker-button = Macros
    .title = Inserir uma macro ({ $key })
macro-picker-title = Macros
macro-picker-close = Fechar macros
macro-search =
    .placeholder = Buscar macros por título, id ou categoria
    .aria-label = Buscar macros
macro-list-loading = Carregando macros…
macro-list-error = Não foi possível carregar as macros.
macro-list-empty = Nenhuma macro corresponde a “{ $query }”.
macro-list-keys = ↑ ↓ para mover · Enter para escolher · Esc para fechar
macro-locale-missing = Sem versão em { $language }
macro-back = Todas as macros
macro-variables-address = Saudação e despedida
macro-currency = Moeda
macro-amount-invalid = Escreva o valor assim: 1234.50
macro-template-missing = Preencha antes de inserir: { $names }
macro-fallback = Esta macro não tem versão em { $requested }, então o texto está em { $used }. Revise o tratamento e o vocabulário antes de enviar.
macro-preview-customer = O cliente vê
macro-preview-agent = No seu idioma
macro-preview-rendering = Gerando…
macro-preview-none = Sem prévia até preencher os campos acima.
macro-insert-keys = { $key } insere · Esc fecha
macro-cancel = Cancelar
macro-insert = Inserir

## Macro variables, their values and categories

variable-customer-name = Nome do cliente
variable-customer-first-name = Primeiro nome
variable-customer-surname = Sobrenome
variable-customer-gender = Gênero do cliente
variable-formality = Formalidade
variable-agent-name = Seu nome
variable-agent-gender = Seu gênero
variable-order-id = Número do pedido
variable-case-ref = Referência do caso
variable-team = Equipe
variable-amount = Valor
variable-days = Dias úteis
variable-date = Data
variable-diamonds = Diamantes
variable-item-count = Quantidade de itens
variable-appeal-id = ID do recurso
variable-carrier = Transportadora
variable-gift-name = Presente
variable-policy-name = Política
variable-product-name = Produto
variable-stream-title = Título da live
variable-tracking-number = Código de rastreio
option-female = Feminino
option-male = Masculino
option-unknown = Não informado
option-formal = Formal
option-informal = Informal
category-creator-earnings = Ganhos de criadores
category-live = Live
category-account = Conta
category-seller-orders = Pedidos de vendedores
category-refunds = Reembolsos
category-logistics = Entregas
category-listings = Anúncios
category-general = Geral
category-escalation = Escalonamento

## Sync (status bar, outbox)

sync-label = Sincronização
sync-state-not-configured = Sem CRM
sync-state-paused = Trabalhando offline
sync-state-connecting = Conectando…
sync-state-syncing = Sincronizando…
sync-state-online = Online
sync-state-offline = Offline
sync-state-rate-limited = Ritmo limitado pelo CRM
sync-state-failed = Falha na sincronização
sync-state-sign-in-required = Entre de novo
sync-state-cannot-start = A sincronização não pode começar
sync-pending = { $count } na fila
sync-attention =
    { $count ->
        [one] { $count } precisa de você
       *[other] { $count } precisam de você
    }
sync-progress =
    { $total ->
        [one] { $done } de { $total } caso
       *[other] { $done } de { $total } casos
    }
sync-progress-count =
    { $done ->
        [one] { $done } caso até agora
       *[other] { $done } casos até agora
    }
sync-eta-soon = falta menos de um minuto
sync-eta-minutes = faltam cerca de { $count } min
sync-eta-hours = faltam cerca de { $count } h
sync-offline-retry = Nova tentativa em { $seconds } s
sync-last = Última sincronização { $when }
sync-last-never = Ainda não sincronizado
sync-open-outbox = Abrir a caixa de saída
sync-now = Sincronizar agora
sync-work-offline = Trabalhar offline
sync-work-offline-hint = Suas alterações continuam na fila neste computador; nada é enviado nem buscado até você desligar esta opção.
sync-no-crm = Nenhum CRM conectado: suas alterações ficam neste computador. Configure um em Configurações.
sync-sign-in-hint = O CRM recusou o login salvo. Informe a senha ou o token de novo em Configurações.
sync-cannot-start-hint = A sincronização não pode começar neste computador pelo motivo abaixo (o chaveiro ou o crm-mapping.toml da equipe na pasta de dados). Suas alterações ficam na fila até que isso seja resolvido.
crm-kind-zendesk = Zendesk
crm-kind-rt = Request Tracker (RT)
crm-kind-demo = CRM de demonstração (embutido)

## Pending changes and the outbox

case-pending = { $count } na fila
    .title = Alterações suas que ainda não chegaram ao CRM
outbox-title = Caixa de saída
outbox-close = Fechar a caixa de saída
outbox-loading = Carregando a caixa de saída…
outbox-empty = Nada esperando: tudo o que você fez já está no CRM.
outbox-group-conflict = Alterado também no CRM: escolha o que fica
outbox-group-rejected = Recusado pelo CRM
outbox-group-failed = Tentando de novo
outbox-group-pending = Aguardando envio
outbox-kind-reply = Resposta
outbox-kind-note = Nota interna
outbox-kind-fields = Alterações de campos
outbox-kind-link = Vínculo com outro caso
outbox-kind-merge = Mesclagem em outro caso
outbox-open-case = Abrir o caso
outbox-attempts =
    { $count ->
        [one] { $count } tentativa
       *[other] { $count } tentativas
    }
outbox-change = { $field }: { $from } → { $to }
outbox-tags-add = Adicionar tags: { $tags }
outbox-tags-remove = Remover tags: { $tags }
outbox-resolve = Escolher…
outbox-retry = Tentar de novo
outbox-copy = Copiar texto
outbox-copied = Copiado
outbox-copy-failed = Não foi possível copiar: selecione o texto e copie você mesmo
outbox-discard = Descartar
outbox-discard-confirm = Descartar de vez? Isso não vai chegar ao CRM.
outbox-discard-yes = Descartar
outbox-discard-no = Manter
outbox-discarded = Descartado. Você ainda pode copiar o texto até fechar a caixa de saída.

## Conflicts

conflict-title = Alterado também no CRM
conflict-intro = Enquanto sua alteração em “{ $subject }” esperava, alguém mudou os mesmos campos no CRM. Escolha, campo a campo, qual valor fica.
conflict-base = Você viu
conflict-mine = O seu
conflict-theirs = O do CRM agora
conflict-all-mine = Manter todos os meus
conflict-all-theirs = Manter todos os do CRM
conflict-choose-all = Escolha um valor para cada campo.
conflict-submit = Aplicar
conflict-cancel = Cancelar

## Case header: fields, escalation

detail-fields = Campos do caso
field-order-id = Pedido
field-creator-id = ID do criador
field-escalation-due = Prazo da escalação
field-pending = Na fila
    .title = Ainda não está no CRM: aparece aqui até sincronizar
field-conflict = Conflito
    .title = Alterado também no CRM: escolha qual valor fica
case-resolve-conflict = Resolver o conflito…
tag-add =
    .placeholder = Adicionar tag
    .aria-label = Adicionar tag (separe várias com vírgulas)
tag-remove = Remover a tag { $tag }
escalate-button = Escalar
escalate-title = Escalar o caso
escalate-intro = O caso sai de { $group } e vai para a equipe que você escolher, com a tag “escalated”. O motivo chega a ela como nota interna.
escalate-team = Equipe
    .placeholder = Escolha ou digite uma equipe
escalate-priority = Prioridade
escalate-priority-keep = Manter ({ $priority })
escalate-reason = Motivo
    .placeholder = O que a próxima equipe precisa saber
escalate-reason-hint = Obrigatório: é a primeira coisa que a próxima equipe lê.
escalate-invalid = Escolha uma equipe e diga por que o caso está sendo escalado.
escalate-submit = Escalar
escalate-cancel = Cancelar
escalate-severity = Gravidade
escalate-risks = Riscos
escalate-due = Acompanhar até
escalate-due-hint = Vazio: em 2 horas se crítico, 8 se alto, um dia se normal.
severity-critical = Crítica
severity-high = Alta
severity-normal = Normal
risk-legal = Jurídico
risk-safety = Segurança
risk-creator-revenue = Receita do criador
risk-public-attention = Atenção pública
risk-vip = VIP
escalation-banner = Escalonamento aberto para { $team }
escalation-to = Escalado para { $team }
escalation-due = Acompanhar { $when }
escalation-overdue = Acompanhamento vencido { $when }
escalation-follow-up = Acompanhar
escalation-resolve = Resolver
escalation-note = O que foi feito
escalation-outcome = Resultado
escalation-next-due = Próximo acompanhamento
escalation-due-invalid = Escolha quando acompanhar de novo.
solve-title = Marcar como { $status }
solve-root-cause = Causa raiz
solve-root-cause-none = Escolha a causa raiz…
solve-root-cause-required = Escolha a causa raiz: a equipe conta os problemas repetidos por ela.
solve-with-reply = A macro resolve o caso: sua resposta segue junto assim que isto for preenchido.
solve-escalation-open = O caso está escalado para { $team } e o escalonamento está aberto. Registre o resultado para fechar o ciclo.
solve-outcome = Resultado do escalonamento
    .placeholder = O que foi feito e o que foi dito ao cliente
solve-outcome-required = Registre o resultado do escalonamento para resolver o caso.
solve-submit = Marcar como { $status }
solve-cancel = Cancelar
history-title = Casos do cliente
history-counts = { $cases ->
    [one] { $casesText } caso
   *[other] { $casesText } casos
} e { $escalations ->
    [one] { $escalationsText } escalonamento
   *[other] { $escalationsText } escalonamentos
} nos últimos 90 dias
history-none = Nenhum outro caso deste cliente.
repeat-title = Reclamação repetida
repeat-intro = { $count ->
    [one] Este cliente escreveu sobre o mesmo assunto nos últimos 30 dias:
   *[other] Este cliente escreveu sobre o mesmo assunto { $count } vezes nos últimos 30 dias:
}
repeat-root-cause = mesma causa raiz
repeat-order-id = mesmo pedido
repeat-subject = assunto parecido
duplicate-title = Provavelmente o mesmo pedido
duplicate-intro = { $count ->
    [one] Este cliente tem outro caso em aberto como este:
   *[other] Este cliente tem { $count } outros casos em aberto como este:
}
duplicate-link = Vincular
duplicate-linked = Vinculados: uma nota nos dois casos
duplicate-merge = Mesclar nele
duplicate-merge-confirm = Este caso será fechado com uma nota indicando o outro; o CRM não desfaz uma mesclagem.
risk-banner-title = Risco: considere escalonar
risk-banner-term = o cliente escreveu “{ $term }”
risk-banner-tag = o cliente tem a etiqueta { $tag }
risk-banner-escalate = Escalonar com esses riscos
reminders-label = Lembretes
reminders-count = { $count ->
    [one] 1 lembrete
   *[other] { $count } lembretes
}
reminders-many-title = { $count } lembretes: escalonamentos e metas de SLA vencendo
reminders-clear = Limpar tudo
reminder-escalation-title = Escalonamento para { $team }: hora do acompanhamento
reminder-escalation-body = { $subject } — prazo { $time }
reminder-sla-title = Meta de SLA prestes a vencer
reminder-sla-body = { $subject } — prazo { $time }
reminder-open = Abrir caso
file-problem = Um arquivo da equipe não está em uso
    .title = { $problem } — vale o arquivo padrão até este ser corrigido

## Changed-case warning (before a reply goes out)

case-changed-title = Este caso mudou desde que você o abriu
case-changed-intro = Nada foi enviado ainda. Veja o que mudou e depois envie sua resposta como está ou volte ao caso.
case-changed-customer =
    { $count ->
        [one] O cliente escreveu de novo:
       *[other] O cliente escreveu { $count } novas mensagens. A mais recente:
    }
case-changed-colleague =
    { $count ->
        [one] { $author } adicionou uma mensagem.
       *[other] Colegas adicionaram { $count } mensagens; a mais recente é de { $author }.
    }
case-changed-status = O status mudou de { $from } para { $to }.
case-changed-assignee = O responsável mudou de { $from } para { $to }.
case-changed-send = Enviar mesmo assim
case-changed-review = Revisar o caso

## Settings: CRM connection

settings-connection = Conexão com o CRM
connection-none = Nenhum CRM conectado: os casos ficam como estão no cache.
connection-current = Conectado ao { $crm }
connection-kind = CRM
connection-demo-hint = O CRM de demonstração é embutido e vem com o espaço de demonstração: não precisa de endereço nem de conta. Para sincronizar com o CRM da sua equipe, escolha-o acima.
connection-url = Endereço
    .placeholder = https://acme.zendesk.com
connection-user = E-mail ou nome de usuário
connection-user-hint = Deixe em branco para entrar só com um token.
connection-secret = Token de API ou senha
connection-secret-saved =
    .placeholder = Deixe em branco para manter o salvo
connection-secret-hint = Guardado no chaveiro do sistema, nunca nos arquivos do Polydesk.
connection-test = Testar conexão
connection-testing = Testando…
connection-save = Salvar e sincronizar
connection-saved = Salvo. O Polydesk está sincronizando com o CRM.
connection-forget = Esquecer
connection-forget-confirm = Esquecer este CRM? A sincronização para e a senha ou o token sai do chaveiro; seu cache e sua caixa de saída continuam neste computador.
connection-forget-cancel = Manter
connection-forgotten = Esquecido. Nada é sincronizado até você conectar um CRM de novo.
connection-ok = Conectado como { $agent }.
connection-ok-admin = Conectado como { $agent } (administrador).
connection-failed = O teste de conexão falhou.
connection-invalid = Confira as configurações da conexão.

## Demo CRM simulation

demo-title = Simulação do CRM de demonstração
demo-hint = Veja como o Polydesk funciona offline e quando um colega altera o mesmo caso.
demo-network-down = Cortar a rede
demo-network-up = Restaurar a rede
demo-colleague-edit = Um colega edita o caso aberto
demo-colleague-hint = Abra um caso primeiro.
demo-colleague-done = Um colega mudou o status e a prioridade do caso no CRM.
demo-refused = O CRM de demonstração não conseguiu fazer isso.

## Anexos de uma mensagem
attachments-label = Anexos
attachment-open =
    .title = Baixar e abrir com o aplicativo padrão
attachment-saved = Salvo em { $path }
