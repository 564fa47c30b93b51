### 商城回覆範本（賣家與買家）— 繁體中文（台灣）。
### 訂單、退款、物流、商品及賣家撥款。
### 中文只有 other 複數類別：不要使用 [one]/[few]，可使用 [0] 等精確數值。

## 訂單

order-dispute-opened =
    { greeting }

    特此通知，買家已針對訂單{ $order_id }提出爭議（案件編號：{ $case_ref }）。請於{ $days ->
        [0] 今天內
       *[other] { $days }個工作天內
    }回覆您的說明並提供相關證明，例如出貨證明或商品寄出前的照片。若在期限內未收到您的回覆，我們將依現有資訊進行處理。

    { closing }
    .title = 訂單爭議已成立

order-wrong-item =
    { greeting }

    非常抱歉，您在訂單{ $order_id }中收到的商品並非您購買的「{ $product_name }」。請將收到的商品及寄件單拍照傳給我們，我們會依您的意願安排換貨或全額退款。我們也會提供運費已付的退貨寄件單，寄回錯誤商品不會產生任何費用。

    { closing }
    .title = 收到錯誤商品

## 退款

refund-approved =
    { greeting }

    好消息！您訂單{ $order_id }的退款{ $amount }已核准。款項將退回您的原付款方式，預計{ $days ->
        [0] 今天內
       *[other] { $days }個工作天內
    }入帳，實際時間依銀行作業而定。退款送出後，您也會收到一則通知。

    { closing }
    .title = 退款已核准

refund-not-received =
    { greeting }

    了解您訂單{ $order_id }的退款{ $amount }尚未入帳，非常抱歉讓您擔心了。系統紀錄顯示，這筆款項已於{ $date }退回您的原付款方式，目前正由您的銀行處理中。銀行通常需要{ $days ->
        [0] 幾個小時
       *[other] 最多{ $days }個工作天
    }才會顯示退款，而且退款通常會以一筆獨立的入帳紀錄呈現，而不是取消原本的扣款。若超過這段時間仍未入帳，請回覆此訊息，我們會提供退款證明，方便您向銀行查詢。

    { closing }
    .title = 退款尚未入帳

refund-denied-outside-window =
    { greeting }

    感謝您針對訂單{ $order_id }提出退款申請。很抱歉，我們無法核准此次申請：該訂單已於{ $date }送達，依據「{ $policy_name }」，目前已超過退款申請期限。若商品有瑕疵，可能仍在賣家或製造商的保固範圍內，建議您透過訂單頁面聯繫賣家。很遺憾這次無法帶給您更好的消息。

    { closing }
    .title = 退款未核准：超過申請期限

refund-duplicate-charge =
    { greeting }

    非常抱歉，您的訂單{ $order_id }被重複扣款。我已確認這筆{ $amount }的重複付款，並已退回您的原付款方式。依各銀行作業時間不同，款項預計於{ $days ->
        [0] 今天內
       *[other] { $days }個工作天內
    }入帳。在某些情況下，第二筆扣款只是預先授權，之後會自動從帳單中消失，而不會顯示為退款。

    { closing }
    .title = 重複扣款已退回

refund-cancelled-order =
    { greeting }

    您的訂單{ $order_id }已取消，我們已針對{ $item_count ->
        [0] 該筆訂單
       *[other] 已取消的{ $item_count }件商品
    }辦理{ $amount }的退款。款項將於{ $days ->
        [0] 今天內
       *[other] { $days }個工作天內
    }退回您的原付款方式，您不需要退貨，也不需要進行其他操作。

    { closing }
    .title = 已取消訂單退款

## 物流

logistics-delay =
    { greeting }

    非常抱歉，您的訂單{ $order_id }配送時間比預期更久。我已向{ $carrier }確認，您的包裹（物流追蹤編號：{ $tracking_number }）仍在運送途中，但在物流網路中發生延誤。物流業者目前預計於{ $days ->
        [0] 今天內
       *[other] { $days }個工作天內
    }送達。若屆時仍未收到，請直接回覆此訊息，我們會協助您向物流業者追蹤。

    { closing }
    .title = 物流延遲

logistics-parcel-lost =
    { greeting }

    非常抱歉，您訂單{ $order_id }（{ $carrier }，追蹤編號：{ $tracking_number }）的物流資訊已多日未更新，我們已向物流業者提出遺失調查，案件編號為{ $case_ref }。預計於{ $days ->
        [0] 今天內
       *[other] { $days }個工作天內
    }取得調查結果。若確認包裹遺失，我們會依您的意願安排補寄或全額退款。您不需要自行聯繫物流業者，我們會隨時向您更新進度。

    { closing }
    .title = 包裹遺失調查中

logistics-delivered-not-received =
    { greeting }

    很抱歉得知您的訂單{ $order_id }尚未收到，但{ $carrier }的物流資訊顯示已於{ $date }送達。有時顯示已送達的包裹會在一兩天後才出現，建議您先向鄰居或大樓管理室確認，或查看配送人員可能放置包裹的地點。若仍找不到，請回覆確認您的收件地址，我們將以追蹤編號{ $tracking_number }向{ $carrier }提出理賠申請。

    { closing }
    .title = 顯示已送達但未收到

## 商品

listing-removed-policy =
    { greeting }

    您的商品「{ $product_name }」因不符合「{ $policy_name }」已被下架。此處理不會影響您的其他商品或賣場評價。若問題可以修正（例如更換圖片或修改商品描述），您可以重新上架該商品。若您認為下架有誤，請回覆並說明詳細情況，我們會請商品審核團隊重新審查。

    { closing }
    .title = 商品因違規下架

## 賣家撥款

seller-payout-on-hold =
    { greeting }

    您的撥款{ $amount }目前暫緩發放，我們正在針對您賣場的近期訂單進行例行審查。當銷量或退款申請短期內大幅增加時，出現此類暫緩屬於正常情況，並不代表您有任何違規。我們預計於{ $days ->
        [0] 今天內
       *[other] { $days }個工作天內
    }完成審查，屆時款項將自動撥入您的帳戶。若需要您提供任何文件，我們會直接與您聯繫。

    { closing }
    .title = 賣家撥款暫緩
