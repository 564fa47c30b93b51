//! Brazilian Portuguese (pt-BR): how Brazilian creators, sellers and viewers write in,
//! and how a Brazilian support agent answers ("pedido", "celular", "equipe", "Olá").

use super::scenario::Scenario;
use super::text::{LanguageText, ScenarioText};

pub static TEXT: LanguageText = LanguageText {
    greeting: "Olá, {name}!",
    sign_off: "Atenciosamente,\n{agent}\nSuporte a Criadores e Vendedores",
    nudges: &[
        "Alguma novidade sobre o meu caso?",
        "Oi, ainda estou aguardando retorno. Podem me dar uma posição?",
        "Já faz {days} dias e ninguém me respondeu direito. Não quero ter que abrir outro chamado.",
    ],
    thanks: &[
        "Recebi, muito obrigado! Problema resolvido.",
        "Deu certo, obrigada pela ajuda!",
        "Agora apareceu tudo certinho. Valeu, pessoal!",
    ],
    updates: &[
        "Queremos informar que o seu caso continua em análise com a equipe responsável (protocolo {ref}). Assim que houver qualquer atualização, avisaremos por aqui.",
        "Ainda estamos aguardando o retorno da equipe interna. Agradecemos a paciência; não é necessário abrir um novo chamado.",
    ],
    notes: &[
        "Cliente também chamou no chat com a mesma dúvida. Mantendo tudo neste caso.",
        "Aguardando retorno do time de Pagamentos, protocolo {ref}.",
        "Cliente já mandou os prints; conferir com o Tier 2 antes de responder.",
    ],
    gifts: &["Rosa", "Leão", "Galáxia", "Universo", "Coração", "Carro Esportivo", "Baleia", "Foguete"],
    streams: &[
        "Sextou com música ao vivo",
        "Maquiagem de domingo",
        "Resenha de games até tarde",
        "Receitas da vovó ao vivo",
        "Treino funcional em casa",
        "Unboxing de achadinhos",
    ],
    products: &[
        "fone de ouvido Bluetooth",
        "capinha para celular",
        "kit de skincare",
        "tênis de corrida",
        "luminária LED",
        "camiseta oversized",
        "garrafa térmica",
    ],
    scenario,
};

fn scenario(s: Scenario) -> &'static ScenarioText {
    match s {
        Scenario::LiveGiftsMissing => &GIFTS,
        Scenario::PayoutDelayed => &PAYOUT,
        Scenario::StreamInterrupted => &STREAM,
        Scenario::AccountRestricted => &ACCOUNT,
        Scenario::OrderDispute => &DISPUTE,
        Scenario::RefundMissing => &REFUND,
        Scenario::ParcelStuck => &PARCEL,
        Scenario::ListingRemoved => &LISTING,
        Scenario::RechargeMissing => &RECHARGE,
    }
}

static GIFTS: ScenarioText = ScenarioText {
    subjects: &[
        "Não recebi os diamantes da LIVE de {date}",
        "Presentes da LIVE não foram creditados",
        "Diamantes sumiram depois da live",
    ],
    openings: &[
        "Olá, fiz uma LIVE no dia {date} (“{stream}”) e meus seguidores me mandaram vários presentes, inclusive o presente “{gift}”, mas não recebi os diamantes. No painel aparece só uma parte. Deveriam ser uns {diamonds} diamantes. Podem verificar?",
        "Boa noite! Terminei a live às {time} e os presentes não caíram na minha conta. Meus seguidores mandaram print mostrando que enviaram o “{gift}”. Estão faltando {diamonds} diamantes no meu saldo.",
        "Oi, pessoal. Desde a LIVE do dia {date} meu saldo de diamantes não atualiza. Já reiniciei o app, saí e entrei na conta de novo, e nada. É muito dinheiro pra mim, preciso de ajuda urgente.",
    ],
    follow_ups: &[
        "Mandei os prints que vocês pediram. Ainda não recebi os diamantes, e já faz {days} dias.",
        "Alguma novidade? Meus seguidores estão perguntando se os presentes chegaram e eu não sei o que responder.",
    ],
    replies: &[
        "Agradecemos o contato e sentimos muito pelo transtorno. Para verificarmos os presentes da LIVE “{stream}” do dia {date}, envie por favor:\n- prints da tela de ganhos;\n- o horário aproximado em que você recebeu o presente “{gift}”.\nCom isso conseguimos rastrear as transações.",
        "Agradecemos a paciência. Encaminhamos o seu caso para a equipe de Pagamentos (protocolo {ref}). Presentes enviados nos últimos minutos da LIVE às vezes levam até 72 horas para serem processados. Assim que tivermos retorno, avisaremos por aqui.",
    ],
    resolutions: &[
        "Boas notícias: a equipe de Pagamentos confirmou a falha na sincronização e os {diamonds} diamantes da LIVE do dia {date} já foram creditados no seu saldo. Se precisar de algo mais, é só responder a esta mensagem.",
        "Concluímos a análise: os presentes da LIVE “{stream}” foram processados e o saldo de diamantes foi corrigido. Pedimos desculpas pela demora.",
    ],
};

static PAYOUT: ScenarioText = ScenarioText {
    subjects: &[
        "Saque pendente há {days} dias",
        "Não recebi meu pagamento de {amount}",
        "Saque travado em “processando”",
    ],
    openings: &[
        "Olá! Solicitei o saque de {amount} no dia {date} (ID {withdrawal}) e até agora o status continua “pendente”. Minha conta bancária e meu CPF estão verificados. O que está acontecendo?",
        "Bom dia. O prazo informado no app era de até 5 dias úteis, mas já se passaram {days} dias e o valor de {amount} não caiu na minha conta. Dependo desse dinheiro para pagar as contas do mês.",
        "Oi, meu saque {withdrawal} aparece como concluído no app, mas o banco diz que não recebeu nenhuma transferência. Vocês podem me mandar o comprovante?",
    ],
    follow_ups: &[
        "Conferi com o banco de novo e nada. Vocês têm alguma previsão?",
        "Já atualizei os dados bancários como pediram. O saque de {amount} continua pendente.",
    ],
    replies: &[
        "Agradecemos o contato. Verificamos que o saque {withdrawal}, no valor de {amount}, está em análise pela equipe financeira. Para agilizar, confirme por favor se os dados bancários cadastrados (nome do titular e chave de transferência) estão corretos.",
        "Encaminhamos o seu caso com prioridade para a equipe de Pagamentos (protocolo {ref}). Saques acima de determinado valor passam por uma verificação adicional, que pode levar até {hours} horas.",
    ],
    resolutions: &[
        "O saque {withdrawal} de {amount} foi liberado hoje e deve aparecer na sua conta em até 1 dia útil. Agradecemos a paciência!",
        "A transferência foi reprocessada e o banco confirmou o recebimento de {amount}. O comprovante está disponível em Carteira > Histórico de saques.",
    ],
};

static STREAM: ScenarioText = ScenarioText {
    subjects: &[
        "Minha LIVE caiu do nada",
        "LIVE encerrada sem motivo durante a transmissão",
        "LIVE travando muito e alcance despencou",
    ],
    openings: &[
        "Estava ao vivo com “{stream}” no dia {date}, por volta das {time}, e a LIVE foi encerrada sozinha. Apareceu só uma mensagem de erro. Minha internet estava normal (fibra, 300 mega). Perdi muitos espectadores.",
        "Olá, há {days} dias minhas lives travam a cada poucos minutos e o número de espectadores caiu pela metade. Recebi algum tipo de restrição? Não recebi nenhuma notificação.",
        "Oi! A minha LIVE de ontem foi cortada no meio e agora não consigo iniciar outra, fica só carregando. Uso o app no celular, tudo atualizado.",
    ],
    follow_ups: &[
        "Tentei de novo hoje e a LIVE caiu outra vez depois de uns 20 minutos.",
        "Segue o vídeo da tela mostrando o erro. O celular e o app estão na versão mais recente.",
    ],
    replies: &[
        "Agradecemos por avisar. Para investigarmos a interrupção da LIVE “{stream}” do dia {date}, você pode nos informar o modelo do celular, a versão do app e se a transmissão estava no Wi-Fi ou nos dados móveis? Um vídeo da tela com o erro também ajuda bastante.",
        "Verificamos a sua conta e não há nenhuma restrição ativa. A queda foi causada por uma instabilidade no servidor de transmissão da sua região naquele horário. Nossa equipe técnica já está acompanhando (protocolo {ref}).",
    ],
    resolutions: &[
        "A equipe técnica corrigiu a instabilidade que afetava as transmissões. Pode testar uma nova LIVE? Se o problema voltar, é só responder a esta mensagem que reabrimos a análise.",
        "Confirmamos que a interrupção foi uma falha do nosso lado. O alcance das suas próximas LIVEs não será afetado pelo encerramento anterior. Boas transmissões!",
    ],
};

static ACCOUNT: ScenarioText = ScenarioText {
    subjects: &[
        "Recurso: fui banido da LIVE injustamente",
        "Conta restrita sem explicação",
        "Não consigo mais fazer LIVE – banimento de {days} dias",
    ],
    openings: &[
        "Recebi um banimento de LIVE por “conteúdo inadequado” durante a transmissão “{stream}”, mas não fiz nada que fira as diretrizes. Quero entrar com recurso. Meu trabalho depende disso.",
        "Olá, minha conta foi restrita hoje e não consigo mais entrar ao vivo nem receber presentes. Não recebi nenhum aviso antes. Podem revisar, por favor?",
        "Fui suspenso das LIVEs por {days} dias por causa de uma música de fundo. A música é autoral e tenho como provar. Como faço o recurso?",
    ],
    follow_ups: &[
        "Enviei o formulário de recurso pelo app também. Tenho parcerias marcadas para esta semana e não posso ficar sem LIVE.",
        "Já faz {days} dias e ainda não tive resposta sobre o recurso. Alguém pode me ajudar?",
    ],
    replies: &[
        "Agradecemos o contato e entendemos a sua preocupação. Registramos o seu recurso (protocolo {ref}) e ele será analisado pela equipe de Confiança e Segurança. Se tiver provas adicionais, como a licença da música ou prints, pode enviar por aqui.",
        "Verificamos que a restrição foi aplicada automaticamente após uma denúncia durante a LIVE “{stream}”. O recurso já está em revisão manual; o prazo médio é de {hours} horas.",
    ],
    resolutions: &[
        "Após revisão manual, concluímos que a restrição foi aplicada por engano. O acesso à LIVE foi restabelecido e o registro foi removido do histórico da sua conta.",
        "A equipe de Confiança e Segurança revisou o recurso e manteve a restrição, que termina em {days} dias. Você pode consultar as Diretrizes da Comunidade em https://example.com/help para evitar novas ocorrências.",
    ],
};

static DISPUTE: ScenarioText = ScenarioText {
    subjects: &[
        "Disputa aberta no pedido {order}",
        "Comprador abriu reclamação injusta – pedido {order}",
        "Pedido {order}: cliente diz que não recebeu",
    ],
    openings: &[
        "Olá, o comprador do pedido {order} abriu uma disputa dizendo que o produto “{product}” veio com defeito, mas eu testei tudo antes de enviar e tenho vídeo da embalagem. Como contesto?",
        "Boa tarde. O pedido {order} consta como entregue pela transportadora {carrier}, mas o cliente abriu disputa alegando que não recebeu. O valor de {amount} foi bloqueado no meu saldo.",
        "Tenho uma loja no Shop e recebi uma disputa no pedido {order}. O cliente quer devolver o produto “{product}” depois de 20 dias de uso. Isso está dentro das regras?",
    ],
    follow_ups: &[
        "Anexei o vídeo da embalagem e o comprovante de entrega. O valor continua retido.",
        "O comprador não responde às minhas mensagens no chat. Vocês conseguem intermediar?",
    ],
    replies: &[
        "Agradecemos o contato. Para contestar a disputa do pedido {order}, envie por favor o vídeo da embalagem, a nota fiscal e o código de rastreio. Com esses documentos, a equipe de Suporte ao Vendedor avalia o caso em até {hours} horas.",
        "Analisamos o pedido {order} e o rastreio mostra a entrega. Pedimos mais informações ao comprador; enquanto isso, o valor de {amount} fica retido até a decisão.",
    ],
    resolutions: &[
        "A disputa do pedido {order} foi encerrada a seu favor. O valor de {amount} foi liberado no seu saldo do Shop.",
        "Concluímos a análise do pedido {order}: a devolução foi aprovada e o frete de retorno fica por conta da plataforma, sem prejuízo para a sua loja.",
    ],
};

static REFUND: ScenarioText = ScenarioText {
    subjects: &[
        "Reembolso não recebido – pedido {order}",
        "Ainda não recebi o reembolso de {amount}",
        "Reembolsos de frete não caíram no saldo",
    ],
    openings: &[
        "Olá, o pedido {order} foi cancelado pelo comprador e a plataforma informou que a comissão e o frete ({amount}) seriam reembolsados em até 7 dias. Já se passaram {days} dias e não recebi o reembolso.",
        "Boa tarde. Paguei a etiqueta de devolução do pedido {order} ({amount}) porque o sistema pediu, mas depois o suporte disse que o custo seria da plataforma. Cadê o reembolso?",
        "Tenho três reembolsos de frete pendentes desde {date}, um deles do pedido {order}. No extrato do Shop não aparece nenhum. Podem verificar?",
    ],
    follow_ups: &[
        "Conferi o extrato de novo hoje e o reembolso ainda não aparece.",
        "Segue o print do extrato. Não há nenhum crédito de {amount}.",
    ],
    replies: &[
        "Agradecemos o contato. Localizamos o pedido {order} e o reembolso de {amount} consta como aprovado. Reembolsos para o saldo do vendedor podem levar até 10 dias úteis. Caso não apareça até lá, é só nos avisar.",
        "Verificamos que o reembolso do pedido {order} não foi gerado automaticamente por um erro no cancelamento. Abrimos uma solicitação manual com a equipe de Pagamentos (protocolo {ref}).",
    ],
    resolutions: &[
        "O reembolso de {amount} referente ao pedido {order} foi creditado hoje no seu saldo do Shop. Pedimos desculpas pela demora.",
        "Todos os reembolsos pendentes foram processados. Os valores aparecem no extrato com a descrição “Ajuste – reembolso de frete”.",
    ],
};

static PARCEL: ScenarioText = ScenarioText {
    subjects: &[
        "Encomenda parada há {days} dias – pedido {order}",
        "Rastreio {tracking} sem atualização",
        "Atraso na coleta dos pedidos",
    ],
    openings: &[
        "Olá, o pedido {order} foi postado em {date} com o código {tracking} e desde então está parado em “objeto em trânsito”. O cliente está cobrando e eu não sei o que responder.",
        "Bom dia. A transportadora {carrier} não fez a coleta dos meus pedidos de ontem. São mais de 30 pacotes e os prazos de envio vão estourar. Isso vai contar contra a minha loja?",
        "Meu cliente diz que o pacote do pedido {order} está parado no centro de distribuição há {days} dias. Dá pra abrir uma reclamação com a {carrier}?",
    ],
    follow_ups: &[
        "O rastreio continua sem nenhuma atualização. O comprador já ameaçou abrir disputa.",
        "A coleta de hoje também não aconteceu.",
    ],
    replies: &[
        "Agradecemos o contato. Abrimos uma solicitação de investigação junto à {carrier} para o código {tracking} (protocolo {ref}). O prazo de resposta da transportadora é de até {hours} horas. Atrasos causados pela transportadora não afetam a avaliação da sua loja.",
        "Verificamos que há um atraso operacional no centro de distribuição da sua região. Se o pedido {order} não for atualizado em 3 dias úteis, ele será considerado extraviado e você receberá o valor de {amount}.",
    ],
    resolutions: &[
        "Boas notícias: o pacote do pedido {order} voltou a circular e foi entregue hoje ao comprador.",
        "O pedido {order} foi considerado extraviado pela {carrier}. A indenização de {amount} foi creditada no seu saldo e o comprador foi reembolsado pela plataforma.",
    ],
};

static LISTING: ScenarioText = ScenarioText {
    subjects: &[
        "Produto removido por violação de política",
        "Meu anúncio foi excluído sem motivo",
        "Recurso – remoção do anúncio “{product}”",
    ],
    openings: &[
        "Olá, meu anúncio “{product}” foi removido hoje por “violação da política de produtos proibidos”, mas é um item comum, vendido em qualquer loja. Podem revisar?",
        "Recebi um aviso de violação de política e dois anúncios foram excluídos, incluindo “{product}”. Não entendi qual regra quebrei. Tenho nota fiscal de todos os produtos.",
        "Bom dia! Minha loja levou um ponto de penalidade por “propriedade intelectual” no anúncio “{product}”, mas eu sou o fabricante. Como faço o recurso?",
    ],
    follow_ups: &[
        "Enviei a nota fiscal e as fotos do produto. Quando o anúncio volta?",
        "As vendas caíram muito depois da remoção. Preciso de uma resposta.",
    ],
    replies: &[
        "Agradecemos o contato. O anúncio “{product}” foi removido pela verificação automática por causa de termos no título que correspondem a produtos restritos. Você pode editar o título e reenviar, ou mandar documentos para revisão manual (protocolo {ref}).",
        "Para analisarmos o recurso, envie por favor a nota fiscal do fornecedor e fotos reais do produto com a embalagem. A equipe de Confiança e Segurança responde em até {hours} horas.",
    ],
    resolutions: &[
        "Após revisão manual, o anúncio “{product}” foi restabelecido e o ponto de penalidade foi removido da sua loja.",
        "A revisão manteve a remoção do anúncio, pois o produto exige uma certificação que não foi apresentada. As regras completas estão em https://example.com/help.",
    ],
};

static RECHARGE: ScenarioText = ScenarioText {
    subjects: &[
        "Recarga de moedas não caiu",
        "Paguei {amount} e não recebi as moedas",
        "Moedas não creditadas após recarga",
    ],
    openings: &[
        "Olá, fiz uma recarga de {coins} moedas por {amount} no dia {date}, o valor saiu do meu cartão mas as moedas não apareceram na conta.",
        "Oi, comprei moedas por transferência instantânea e o pagamento foi confirmado, mas o saldo continua zerado. Queria mandar presentes na LIVE de um criador.",
        "Boa noite, tentei recarregar duas vezes e fui cobrado duas vezes ({amount} cada). Não recebi nenhuma moeda. Quero as moedas ou o reembolso.",
    ],
    follow_ups: &[
        "Segue o comprovante do pagamento. Ainda não recebi as moedas.",
        "Alguma previsão? Não quero ser cobrado de novo.",
    ],
    replies: &[
        "Agradecemos o contato. Para localizarmos a recarga, envie por favor o comprovante do pagamento (com data, horário e valor) e o ID da transação que aparece no extrato.",
        "Localizamos a sua recarga de {amount}. O pagamento ficou pendente de confirmação com o emissor do cartão; encaminhamos para a equipe de Pagamentos (protocolo {ref}).",
    ],
    resolutions: &[
        "As {coins} moedas foram creditadas na sua conta. Pedimos desculpas pelo transtorno.",
        "Confirmamos a cobrança em duplicidade: uma recarga foi creditada em moedas e o valor da outra ({amount}) foi estornado no seu cartão. O estorno pode levar até duas faturas para aparecer.",
    ],
};
