# Polydesk desktop UI — português do Brasil.

app-name = Polydesk
app-loading = Abrindo seu espaço de trabalho…

## Startup errors (error-<code in kebab case>)

error-screen-title = O Polydesk não conseguiu abrir o cache local
error-cache-corrupt = O arquivo do cache local está danificado e não pode ser lido. Seus dados no CRM estão seguros: o Polydesk pode deixar o arquivo danificado de lado e recomeçar com um cache vazio.
error-cache-locked = Outra janela do Polydesk já está usando o cache local. Feche essa janela e tente de novo.
error-cache-too-new = O cache local foi gravado por uma versão mais nova do Polydesk. Atualize o Polydesk ou deixe este cache de lado e comece do zero.
error-template = Não foi possível preencher este modelo de resposta: falta um valor de que ele precisa. Nada foi inserido; preencha os campos que faltam e tente de novo.
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
draft-hint = Os rascunhos ficam neste computador. O envio chega em uma próxima versão.

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
shortcuts-ime-note = Os atalhos ficam desativados enquanto você digita ou compõe texto com um método de entrada.

## Settings

settings-title = Configurações
settings-close = Fechar configurações
settings-language = Idioma da interface
settings-language-hint = O conteúdo dos casos é sempre exibido no idioma do cliente.
language-name-en = English
language-name-pt-BR = Português (Brasil)
language-name-zh-Hans = 中文（简体）
