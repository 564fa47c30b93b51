### Macros do Shop (vendedores e compradores) — português europeu.
### Encomendas, reembolsos, logística, anúncios e pagamentos a vendedores.
### As seleções de contagem trazem a variante [0] explícita, antes de [one].

## Encomendas

order-dispute-opened =
    { greeting }

    Informamos que o comprador abriu uma disputa relativa à encomenda { $order_id } (caso { $case_ref }). Envie-nos a sua versão dos factos e as provas de que disponha, como o comprovativo de envio ou fotografias do artigo antes da expedição, { $days ->
        [0] ainda hoje
        [one] no prazo de { $days } dia útil
       *[other] no prazo de { $days } dias úteis
    }. Se não recebermos resposta dentro desse prazo, o caso será decidido com base na informação de que já dispomos.

    { closing }
    .title = Disputa aberta numa encomenda

order-wrong-item =
    { greeting }

    Lamento muito que tenha recebido o artigo errado na encomenda { $order_id }, em vez de { $product_name }. Envie-nos uma fotografia do artigo que recebeu e da etiqueta de envio, e trataremos da substituição ou do reembolso total, conforme preferir. Vamos também enviar-lhe uma etiqueta de devolução pré-paga, pelo que a devolução não terá qualquer custo para si.

    { closing }
    .title = Artigo errado recebido

## Reembolsos

refund-approved =
    { greeting }

    Boas notícias: o reembolso de { $amount } referente à encomenda { $order_id } foi aprovado. O valor será devolvido para o método de pagamento original e deverá ficar visível { $days ->
        [0] ainda hoje
        [one] no prazo de { $days } dia útil
       *[other] no prazo de { $days } dias úteis
    }, consoante o seu banco. Receberá também uma notificação assim que o reembolso for enviado.

    { closing }
    .title = Reembolso aprovado

refund-not-received =
    { greeting }

    Compreendo que ainda não recebeu o reembolso de { $amount } referente à encomenda { $order_id } e lamento a preocupação. De acordo com os nossos registos, o valor foi enviado para o método de pagamento original no dia { $date }, pelo que está agora a ser processado pelo seu banco. Os bancos podem demorar { $days ->
        [0] algumas horas
        [one] até { $days } dia útil
       *[other] até { $days } dias úteis
    } a apresentar o valor, que surge muitas vezes como um crédito separado no extrato e não como a anulação da compra original. Se, passado esse prazo, o valor ainda não aparecer, responda a esta mensagem e enviaremos um comprovativo do reembolso para apresentar ao banco.

    { closing }
    .title = Reembolso ainda não recebido

refund-denied-outside-window =
    { greeting }

    Agradecemos o seu pedido de reembolso da encomenda { $order_id }. Infelizmente, não o podemos aprovar: a encomenda foi entregue no dia { $date } e o prazo para pedir reembolso previsto na nossa política “{ $policy_name }” já terminou. Se o artigo tiver algum defeito, poderá ainda estar coberto pela garantia do vendedor ou do fabricante, pelo que recomendamos que contacte o vendedor através da página da encomenda. Lamento não ter melhores notícias desta vez.

    { closing }
    .title = Reembolso recusado: fora do prazo

refund-duplicate-charge =
    { greeting }

    Lamento que o valor da encomenda { $order_id } lhe tenha sido cobrado duas vezes. Confirmei o pagamento em duplicado de { $amount } e já o reembolsei para o método de pagamento original. Consoante o seu banco, o valor deverá ficar visível { $days ->
        [0] ainda hoje
        [one] no prazo de { $days } dia útil
       *[other] no prazo de { $days } dias úteis
    }. Em alguns casos, a segunda cobrança era apenas uma pré-autorização e irá simplesmente desaparecer do extrato, em vez de surgir como reembolso.

    { closing }
    .title = Cobrança em duplicado reembolsada

refund-cancelled-order =
    { greeting }

    A sua encomenda { $order_id } foi cancelada e já emitimos o reembolso de { $amount } referente { $item_count ->
        [0] à encomenda
        [one] ao artigo cancelado
       *[other] aos { $item_count } artigos cancelados
    }. O valor será devolvido para o método de pagamento original { $days ->
        [0] ainda hoje
        [one] no prazo de { $days } dia útil
       *[other] no prazo de { $days } dias úteis
    }. Não precisa de devolver nada nem de tomar qualquer outra medida.

    { closing }
    .title = Reembolso de encomenda cancelada

## Logística

logistics-delay =
    { greeting }

    Lamento que a sua encomenda { $order_id } esteja a demorar mais do que o previsto. Consultei a transportadora ({ $carrier }) e o envio (número de seguimento { $tracking_number }) continua a caminho, mas sofreu um atraso na rede da transportadora. A entrega está agora prevista { $days ->
        [0] ainda para hoje
        [one] no prazo de { $days } dia útil
       *[other] no prazo de { $days } dias úteis
    }. Se não chegar até lá, basta responder a esta mensagem e trataremos de insistir junto da transportadora.

    { closing }
    .title = Atraso na entrega

logistics-parcel-lost =
    { greeting }

    Lamento imenso: o seguimento da sua encomenda { $order_id } ({ $carrier }, { $tracking_number }) não é atualizado há vários dias, pelo que abrimos uma investigação de extravio junto da transportadora com a referência { $case_ref }. Contamos ter uma resposta { $days ->
        [0] ainda hoje
        [one] no prazo de { $days } dia útil
       *[other] no prazo de { $days } dias úteis
    }. Se o extravio for confirmado, iremos propor-lhe o reenvio do artigo ou o reembolso total, conforme preferir. Não precisa de contactar a transportadora; daremos notícias por esta via.

    { closing }
    .title = Encomenda extraviada: investigação aberta

logistics-delivered-not-received =
    { greeting }

    Lamento que a encomenda { $order_id } não lhe tenha chegado, apesar de constar como entregue pela transportadora ({ $carrier }) no dia { $date }. Por vezes, as encomendas marcadas como entregues aparecem um ou dois dias depois, por isso sugerimos que confirme junto dos vizinhos, da receção do prédio ou de algum local seguro onde o estafeta a possa ter deixado. Se mesmo assim não a encontrar, responda a confirmar a morada de entrega e abriremos uma reclamação junto da transportadora ({ $carrier }) para o número de seguimento { $tracking_number }.

    { closing }
    .title = Consta como entregue, mas não chegou

## Anúncios

listing-removed-policy =
    { greeting }

    O seu anúncio “{ $product_name }” foi removido por não cumprir a nossa política “{ $policy_name }”. Isto não afeta os seus outros anúncios nem a reputação da sua loja. Se for possível corrigir o problema, por exemplo com novas fotografias ou uma descrição revista, pode voltar a publicar o produto. Se considerar que foi removido por engano, responda com os detalhes e pediremos à nossa equipa de anúncios que o volte a analisar.

    { closing }
    .title = Anúncio removido por violação de política

## Pagamentos a vendedores

seller-payout-on-hold =
    { greeting }

    O seu pagamento de { $amount } está retido enquanto concluímos uma análise de rotina às encomendas recentes da sua loja. Este tipo de retenção é habitual após um aumento repentino das vendas ou dos pedidos de reembolso e não significa que tenha feito algo de errado. Contamos concluir a análise { $days ->
        [0] ainda hoje
        [one] no prazo de { $days } dia útil
       *[other] no prazo de { $days } dias úteis
    }, e o valor será depois libertado automaticamente para a sua conta. Se precisarmos de algum documento, entraremos em contacto consigo diretamente.

    { closing }
    .title = Pagamento ao vendedor retido
