# Polydesk desktop UI — português do Brasil.

app-name = Polydesk
app-loading = Abrindo seu espaço de trabalho…

## Startup errors (error-<code in kebab case>)

error-screen-title = O Polydesk não conseguiu abrir o cache local
error-cache-corrupt = O arquivo do cache local está danificado e não pode ser lido. Seus dados no CRM estão seguros: o Polydesk pode deixar o arquivo danificado de lado e recomeçar com um cache vazio.
error-cache-locked = Outra janela do Polydesk já está usando o cache local. Feche essa janela e tente de novo.
error-cache-too-new = O cache local foi gravado por uma versão mais nova do Polydesk. Atualize o Polydesk ou deixe este cache de lado e comece do zero.
error-template = Não foi possível preencher este modelo de resposta: falta um valor de que ele precisa. Nada foi inserido; preencha os campos que faltam e tente de novo.
error-sync = O Polydesk não conseguiu sincronizar com o CRM: a resposta veio em um formato que o Polydesk não consegue usar. Seus dados locais não foram alterados.
error-storage = O Polydesk não conseguiu ler ou gravar os arquivos locais. Verifique se há espaço livre no disco e se o seu usuário tem permissão de escrita.
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

## Case list

list-label = Casos
list-loading = Carregando casos…
list-empty = Nenhum caso nesta visualização.
list-error = Não foi possível carregar a lista de casos.
case-unassigned = Sem responsável
case-draft = Rascunho
    .title = Você tem um rascunho não enviado neste caso
sla-due-in = em { $duration }
    .title = Próxima resposta até { $time }
sla-overdue = { $duration } de atraso
    .title = Prazo vencido em { $time }
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
