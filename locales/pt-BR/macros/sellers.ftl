### Macros do Shop (vendedores e compradores) — português do Brasil.
### Pedidos, reembolsos, logística, anúncios e repasses.
### Toda seleção de contagem traz a variante [0] explícita, antes de [one].

## Pedidos

order-dispute-opened =
    { greeting }

    Informamos que o comprador abriu uma disputa no pedido { $order_id } (caso { $case_ref }). Envie sua versão dos fatos e as provas que tiver, como o comprovante de envio ou fotos do produto antes do despacho, { $days ->
        [0] ainda hoje
        [one] em até { $days } dia útil
       *[other] em até { $days } dias úteis
    }. Se não recebermos sua resposta nesse prazo, o caso será decidido com base nas informações que já temos.

    { closing }
    .title = Disputa aberta em pedido

order-wrong-item =
    { greeting }

    Sinto muito que você tenha recebido o produto errado no pedido { $order_id }, em vez de { $product_name }. Mande para nós uma foto do item que chegou e da etiqueta de envio, que vamos providenciar a troca ou o reembolso total, como você preferir. Também vamos enviar uma etiqueta de devolução pré-paga, então a devolução não terá nenhum custo para você.

    { closing }
    .title = Produto errado recebido

## Reembolsos

refund-approved =
    { greeting }

    Boa notícia: o reembolso de { $amount } do pedido { $order_id } foi aprovado. O valor será devolvido para a forma de pagamento original e deve aparecer { $days ->
        [0] ainda hoje
        [one] em até { $days } dia útil
       *[other] em até { $days } dias úteis
    }, dependendo do seu banco. Você também vai receber uma notificação assim que o reembolso for enviado.

    { closing }
    .title = Reembolso aprovado

refund-not-received =
    { greeting }

    Entendo que você ainda não recebeu o reembolso de { $amount } do pedido { $order_id }, e sinto muito pela preocupação. Nossos registros mostram que ele foi enviado para a forma de pagamento original em { $date }, então agora está sendo processado pelo seu banco. Os bancos podem levar { $days ->
        [0] algumas horas
        [one] até { $days } dia útil
       *[other] até { $days } dias úteis
    } para mostrar o valor, que muitas vezes aparece como um crédito separado na fatura, e não como cancelamento da compra original. Se depois desse prazo o valor ainda não aparecer, responda a esta mensagem e enviaremos um comprovante do reembolso para você apresentar ao banco.

    { closing }
    .title = Reembolso ainda não recebido

refund-denied-outside-window =
    { greeting }

    Agradecemos sua solicitação de reembolso do pedido { $order_id }. Infelizmente, não podemos aprová-la: o pedido foi entregue em { $date }, e o prazo para pedir reembolso previsto na nossa política “{ $policy_name }” já terminou. Se o produto apresentar defeito, ele ainda pode estar coberto pela garantia do vendedor ou do fabricante, por isso recomendamos falar com o vendedor pela página do pedido. Sinto muito não ter uma notícia melhor desta vez.

    { closing }
    .title = Reembolso negado: fora do prazo

refund-duplicate-charge =
    { greeting }

    Sinto muito pela cobrança em duplicidade no pedido { $order_id }. Confirmei o pagamento duplicado de { $amount } e já fiz o reembolso para a forma de pagamento original. Dependendo do banco, o valor deve aparecer { $days ->
        [0] ainda hoje
        [one] em até { $days } dia útil
       *[other] em até { $days } dias úteis
    }. Em alguns casos, a segunda cobrança era só uma pré-autorização e vai simplesmente sumir da fatura, em vez de aparecer como estorno.

    { closing }
    .title = Cobrança duplicada reembolsada

refund-cancelled-order =
    { greeting }

    Seu pedido { $order_id } foi cancelado, e já emitimos o reembolso de { $amount } referente { $item_count ->
        [0] ao pedido
        [one] ao item cancelado
       *[other] aos { $item_count } itens cancelados
    }. O valor volta para a forma de pagamento original { $days ->
        [0] ainda hoje
        [one] em até { $days } dia útil
       *[other] em até { $days } dias úteis
    }. Você não precisa devolver nada nem tomar nenhuma outra providência.

    { closing }
    .title = Reembolso de pedido cancelado

## Logística

logistics-delay =
    { greeting }

    Sinto muito que o seu pedido { $order_id } esteja demorando mais do que o previsto. Consultei a transportadora ({ $carrier }), e o pacote (código de rastreio { $tracking_number }) continua a caminho, mas sofreu um atraso na rede dela. A transportadora agora prevê a entrega { $days ->
        [0] ainda hoje
        [one] em até { $days } dia útil
       *[other] em até { $days } dias úteis
    }. Se o pacote não chegar até lá, é só responder a esta mensagem que vamos cobrar a transportadora por você.

    { closing }
    .title = Atraso na entrega

logistics-parcel-lost =
    { greeting }

    Sinto muito: o rastreio do seu pedido { $order_id } ({ $carrier }, { $tracking_number }) está sem atualização há vários dias, por isso abrimos uma investigação de extravio com a transportadora, com a referência { $case_ref }. Esperamos ter uma resposta { $days ->
        [0] ainda hoje
        [one] em até { $days } dia útil
       *[other] em até { $days } dias úteis
    }. Se o extravio for confirmado, vamos oferecer o reenvio do produto ou o reembolso total, como você preferir. Você não precisa entrar em contato com a transportadora; vamos enviar as atualizações por aqui.

    { closing }
    .title = Pacote extraviado: investigação aberta

logistics-delivered-not-received =
    { greeting }

    Sinto muito que o pedido { $order_id } não tenha chegado até você, mesmo constando como entregue pela transportadora ({ $carrier }) em { $date }. Às vezes, pacotes marcados como entregues aparecem um ou dois dias depois, então vale conferir com os vizinhos, com a portaria do prédio ou em algum local seguro onde o entregador possa ter deixado o pacote. Se mesmo assim não encontrar, responda confirmando o endereço de entrega, que abriremos uma reclamação com a transportadora ({ $carrier }) para o código de rastreio { $tracking_number }.

    { closing }
    .title = Consta como entregue, mas não chegou

## Anúncios

listing-removed-policy =
    { greeting }

    Seu anúncio “{ $product_name }” foi removido porque não está de acordo com nossa política “{ $policy_name }”. Isso não afeta seus outros anúncios nem a reputação da sua loja. Se for possível corrigir o problema, por exemplo com fotos novas ou uma descrição revisada, você pode anunciar o produto novamente. Se achar que a remoção foi um engano, responda com os detalhes que pediremos à nossa equipe de anúncios para revisar o caso.

    { closing }
    .title = Anúncio removido por violação de política

## Repasses ao vendedor

seller-payout-on-hold =
    { greeting }

    Seu repasse de { $amount } está retido enquanto concluímos uma análise de rotina dos pedidos recentes da sua loja. Esse tipo de retenção é comum depois de um aumento repentino nas vendas ou nos pedidos de reembolso, e não significa que você tenha feito algo errado. Esperamos concluir a análise { $days ->
        [0] ainda hoje
        [one] em até { $days } dia útil
       *[other] em até { $days } dias úteis
    }, e o valor será liberado automaticamente na sua conta em seguida. Se precisarmos de algum documento, entraremos em contato diretamente com você.

    { closing }
    .title = Repasse ao vendedor retido
