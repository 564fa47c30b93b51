### 商城回复模板（卖家与买家）— 简体中文。
### 订单、退款、物流、商品及卖家结算。
### 中文只有 other 复数类别：不要使用 [one]/[few]，可用 [0] 等精确数值。

## 订单

order-dispute-opened =
    { greeting }

    特此通知，买家已就订单{ $order_id }发起纠纷（案件编号：{ $case_ref }）。请于{ $days ->
        [0] 今天之内
       *[other] { $days }个工作日内
    }回复您的说明，并提供相关证明材料，例如发货凭证或商品发出前的照片。若在此期限内未收到您的回复，我们将根据现有信息作出处理。

    { closing }
    .title = 订单纠纷已发起

order-wrong-item =
    { greeting }

    非常抱歉，您在订单{ $order_id }中收到的商品并非您购买的“{ $product_name }”。请将收到的商品及快递面单拍照发给我们，我们将根据您的意愿为您安排换货或全额退款。我们还会为您提供运费已付的退货面单，退回错发商品不会产生任何费用。

    { closing }
    .title = 收到错误商品

## 退款

refund-approved =
    { greeting }

    好消息！您订单{ $order_id }的退款{ $amount }已审核通过。款项将原路退回，预计{ $days ->
        [0] 今天之内
       *[other] { $days }个工作日内
    }到账，具体时间以银行处理为准。退款发出后，您还会收到一条通知。

    { closing }
    .title = 退款已通过

refund-not-received =
    { greeting }

    了解到您订单{ $order_id }的退款{ $amount }仍未到账，非常抱歉让您担心了。系统记录显示，该笔款项已于{ $date }原路退回，目前正由您的银行处理。银行通常需要{ $days ->
        [0] 几个小时
       *[other] 最多{ $days }个工作日
    }才能显示退款，且退款一般会以一笔单独的入账记录显示，而不是撤销原扣款。如果超过该时间仍未到账，请回复本消息，我们将为您提供退款凭证，方便您向银行查询。

    { closing }
    .title = 退款尚未到账

refund-denied-outside-window =
    { greeting }

    感谢您就订单{ $order_id }提交退款申请。很抱歉，我们无法批准此次申请：该订单已于{ $date }签收，根据《{ $policy_name }》，目前已超出退款申请期限。如果商品存在质量问题，可能仍在卖家或厂商的保修范围内，建议您通过订单页面联系卖家。很遗憾这次未能给您带来更好的消息。

    { closing }
    .title = 退款被拒：超出申请期限

refund-duplicate-charge =
    { greeting }

    非常抱歉，您的订单{ $order_id }被重复扣款。我已核实这笔{ $amount }的重复付款，并已原路退回。根据各银行处理时间不同，款项预计{ $days ->
        [0] 今天之内
       *[other] { $days }个工作日内
    }到账。有些情况下，第二笔扣款只是预授权，会自动从账单中消失，而不会显示为退款。

    { closing }
    .title = 重复扣款已退回

refund-cancelled-order =
    { greeting }

    您的订单{ $order_id }已取消，我们已为{ $item_count ->
        [0] 该订单
       *[other] 已取消的{ $item_count }件商品
    }发起{ $amount }的退款。款项将于{ $days ->
        [0] 今天之内
       *[other] { $days }个工作日内
    }原路退回，您无需退货，也无需进行其他操作。

    { closing }
    .title = 已取消订单退款

## 物流

logistics-delay =
    { greeting }

    非常抱歉，您的订单{ $order_id }配送时间比预期更长。我已向{ $carrier }核实，您的包裹（运单号：{ $tracking_number }）仍在运输途中，但在物流网络中出现了延误。承运商目前预计将于{ $days ->
        [0] 今天之内
       *[other] { $days }个工作日内
    }送达。如届时仍未收到，请直接回复本消息，我们会为您跟进催促。

    { closing }
    .title = 物流延误

logistics-parcel-lost =
    { greeting }

    非常抱歉，您的订单{ $order_id }（{ $carrier }，运单号：{ $tracking_number }）的物流信息已多日未更新，我们已向承运商发起丢件调查，案件编号为{ $case_ref }。预计将于{ $days ->
        [0] 今天之内
       *[other] { $days }个工作日内
    }收到调查结果。如确认包裹丢失，我们将根据您的意愿为您补发或全额退款。您无需自行联系快递公司，我们会及时向您同步进展。

    { closing }
    .title = 包裹丢失调查中

logistics-delivered-not-received =
    { greeting }

    很抱歉得知您的订单{ $order_id }尚未收到，而{ $carrier }的物流信息显示已于{ $date }签收。有时显示已签收的包裹会在一两天后才送到，建议您先向邻居、小区物业确认，或查看快递柜、驿站等可能的存放点。如果仍然找不到，请回复确认您的收货地址，我们将凭运单号{ $tracking_number }向{ $carrier }发起索赔。

    { closing }
    .title = 显示已签收但未收到

## 商品

listing-removed-policy =
    { greeting }

    您的商品“{ $product_name }”因不符合《{ $policy_name }》已被下架。此次处理不会影响您的其他商品或店铺评级。如果问题可以修改（例如更换图片或修改商品描述），您可以重新发布该商品。如果您认为下架有误，请回复并说明具体情况，我们会请商品审核团队重新审核。

    { closing }
    .title = 商品因违规被下架

## 卖家结算

seller-payout-on-hold =
    { greeting }

    您的结算款{ $amount }目前暂缓发放，我们正在对您店铺的近期订单进行例行审核。销量或退款申请短期内大幅增加时，出现此类暂缓属于正常情况，并不代表您存在违规行为。我们预计将于{ $days ->
        [0] 今天之内
       *[other] { $days }个工作日内
    }完成审核，届时款项将自动发放至您的账户。如需您提供任何材料，我们会直接与您联系。

    { closing }
    .title = 卖家结算款暂缓发放
