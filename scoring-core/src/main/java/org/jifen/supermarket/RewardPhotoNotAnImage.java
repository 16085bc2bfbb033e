package org.jifen.supermarket;

import org.jifen.problem.UnsupportedType;

/**
 * A file offered as an item's photo that is not a picture: a PDF, or anything else. The catalogue and the counter show
 * the photo as a picture, so only JPEG, PNG or WebP is offered (an event's evidence may also be a PDF; this is not).
 */
public class RewardPhotoNotAnImage extends UnsupportedType {

    public RewardPhotoNotAnImage(String fileName, boolean pdf) {
        super("文件「" + fileName + "」" + (pdf ? "是 PDF，" : "") + "不是照片。物品照片要在积分超市的目录里显示，"
                + "请上传 JPEG、PNG 或 WebP 照片（按文件内容判断，与文件名无关）。");
    }
}
